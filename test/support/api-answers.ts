import { createHash } from 'node:crypto';
import type { Answers } from '#forms/engine/definition.ts';
import type { EvidenceFileRef } from '#forms/engine/field-types.ts';
import { makeAnswers, without } from '#test/unit/forms/builders.ts';

export const formId = 'innovation-report';

/**
 * Valid answers to `innovation-report` v1: Sikoja, a live application of Kota Jambi, whose
 * evidence is given as links, so no file has to be uploaded first.
 */
export function makeInnovationAnswers(overrides: Answers = {}): Answers {
  return { ...without(makeAnswers(), 'evidenceDocument'), ...overrides };
}

/** A small PDF, as an OPD would attach one. */
export const evidencePdf = Buffer.from('%PDF-1.7\nSK Wali Kota Jambi tentang Sikoja\n%%EOF\n');

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The `POST /api/uploads` body that describes `bytes`. */
export function uploadRequestFor(
  bytes: Uint8Array,
  name = 'sk-walikota.pdf',
  contentType = 'application/pdf',
) {
  return { name, contentType, size: bytes.length, sha256: sha256Hex(bytes) };
}

/** The answer of an evidence file field that names an uploaded file. */
export function fileRefFor(
  fileId: string,
  bytes: Uint8Array,
  name = 'sk-walikota.pdf',
  contentType = 'application/pdf',
): EvidenceFileRef {
  return { fileId, sha256: sha256Hex(bytes), name, contentType, size: bytes.length };
}

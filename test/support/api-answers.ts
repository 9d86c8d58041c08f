import { createHash } from 'node:crypto';
import type { Answers } from '#forms/engine/definition.ts';
import type { EvidenceFileRef } from '#forms/engine/field-types.ts';

export const formId = 'innovation-report';

/**
 * Valid answers to `innovation-report` v1: Sikoja, a live application of Kota Jambi, whose
 * evidence is given as links, so no file has to be uploaded first.
 */
export function makeInnovationAnswers(overrides: Answers = {}): Answers {
  return {
    name: 'Sikoja',
    description: 'Sistem informasi kota Jambi untuk pengaduan dan layanan warga.',
    type: 'application',
    status: 'live',
    launchDate: '2019-08-17',
    applicationUrl: 'https://sikoja.jambikota.go.id',
    subDimension: 'governance.public-services',
    masterPlanProgram: 'QW-01 Sikoja',
    peopleReached: 12_500,
    maturity: 3,
    evidenceLinks: [{ title: 'Berita peluncuran', url: 'https://jambikota.go.id/berita/sikoja' }],
    ...overrides,
  };
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

import type { FormDefinition } from '#forms/engine/definition.ts';
import type { Field } from '#forms/engine/field-types.ts';
import { formFields } from '#forms/engine/rules.ts';
import { DomainError, type FieldError, refusals } from '#functions/platform/errors/domain-errors.ts';

import type { Identity } from '#functions/platform/identity/identity.ts';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { evidenceLimits, type FileStore } from '#functions/platform/ports/file-store.ts';
import { writableScope } from './access.ts';
import type { SubmissionDeps } from './deps.ts';
import type { Answers, EvidenceLink, OpdScope } from './model.ts';
import type { UploadBody } from './schemas.ts';

/** Files of an OPD live under its own prefix; a file id is only ever resolved under the caller's. */
export const evidenceKey = (scope: OpdScope, fileId: string) =>
  `evidence/${scope.city}/${scope.opd}/${fileId}`;

/** A presigned upload for one evidence file of the caller's OPD. */
export async function createUpload(deps: SubmissionDeps, identity: Identity, body: UploadBody) {
  const scope = writableScope(identity);
  const fileId = deps.newId();
  try {
    return await deps.files.createUpload({
      fileId,
      key: evidenceKey(scope, fileId),
      contentType: body.contentType,
      size: body.size,
      sha256: body.sha256,
    });
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    throw invalidUpload(evidenceLimits.maxBytes);
  }
}

/**
 * Stores a file that came with a form post (no JavaScript, so no presigned upload) for the
 * caller's OPD and returns the reference the answers keep.
 */
export async function storeEvidence(
  deps: SubmissionDeps,
  identity: Identity,
  file: { name: string; contentType: string; bytes: Uint8Array },
) {
  const scope = writableScope(identity);
  const fileId = deps.newId();
  try {
    const stored = await deps.files.put({
      key: evidenceKey(scope, fileId),
      contentType: file.contentType,
      bytes: file.bytes,
    });
    return {
      fileId,
      sha256: stored.sha256,
      name: file.name,
      contentType: stored.contentType,
      size: stored.size,
    };
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    throw invalidUpload(evidenceLimits.maxServerBytes);
  }
}

const invalidUpload = (maxBytes: number) =>
  new DomainError('invalid', 'invalid_upload', {
    id: `Berkas harus berupa PDF, gambar, dokumen atau tabel, paling besar ${Math.floor(maxBytes / 1024 / 1024)} MB.`,
    en: `The file must be a PDF, image, document or table of at most ${Math.floor(maxBytes / 1024 / 1024)} MB.`,
  });

interface FileRef {
  path: string;
  fileId: string;
  sha256: string;
  size: number;
  contentType: string;
}

/**
 * Confirms every evidence file a submission names: stored under the caller's OPD, with the size,
 * content type and SHA-256 the answer claims (as the store itself recorded them). Returns the links to keep.
 */
export async function linkEvidence(
  files: FileStore,
  scope: OpdScope,
  definition: FormDefinition,
  answers: Answers,
): Promise<EvidenceLink[]> {
  const refs = fileRefs(formFields(definition), answers, '');
  const problems: FieldError[] = [];
  const links = await Promise.all(
    refs.map(async (ref) => {
      const key = evidenceKey(scope, ref.fileId);
      const stored = await files.describe(key).catch((error: unknown) => {
        if (error instanceof InvalidInputError) return undefined;
        throw error;
      });
      if (
        !stored ||
        stored.sha256 !== ref.sha256 ||
        stored.size !== ref.size ||
        stored.contentType !== ref.contentType
      ) {
        problems.push({
          path: `answers.${ref.path}`,
          code: 'evidence_not_uploaded',
          message: {
            id: 'Berkas bukti belum terunggah atau isinya berbeda. Unggah ulang berkasnya.',
            en: 'The evidence file was not uploaded or its content differs. Upload it again.',
          },
        });
        return undefined;
      }
      return {
        fieldPath: ref.path,
        fileId: ref.fileId,
        key,
        sha256: stored.sha256,
        size: stored.size,
        contentType: stored.contentType,
      };
    }),
  );
  if (problems.length > 0) throw refusals.invalid(problems);
  return links.filter((link): link is EvidenceLink => link !== undefined);
}

function fileRefs(fields: readonly Field[], answers: Answers, prefix: string): FileRef[] {
  return fields.flatMap((field): FileRef[] => {
    const value = answers[field.id];
    const path = `${prefix}${field.id}`;
    if (field.type === 'evidenceFile' && value && typeof value === 'object') {
      return [{ path, ...(value as Omit<FileRef, 'path'>) }];
    }
    if (field.type === 'group' && Array.isArray(value)) {
      return value.flatMap((item, index) => fileRefs(field.fields, item as Answers, `${path}.${index}.`));
    }
    return [];
  });
}

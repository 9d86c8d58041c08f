import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import type { FormPost } from '#functions/platform/web/post-body.ts';
import { writableScope } from '#functions/submissions/access.ts';
import { evidenceKey, storeEvidence } from '#functions/submissions/evidence.ts';
import type { SubmissionRequest } from '#functions/submissions/pages/deps.ts';

/**
 * Stores the files of an accepted post (a browser without JavaScript) for the caller's OPD and
 * puts their references in the fields, exactly as the page's script would have filled them in.
 * Answers the keys it stored, so that a post refused later can delete them.
 */
export async function storePostedFiles(
  request: SubmissionRequest,
  identity: Identity,
  post: FormPost,
): Promise<string[]> {
  const stored: string[] = [];
  try {
    for (const { path, file } of post.files) {
      const ref = await storeEvidence(request.deps, identity, {
        name: file.name,
        contentType: file.type || 'application/octet-stream',
        bytes: new Uint8Array(await file.arrayBuffer()),
      });
      stored.push(evidenceKey(writableScope(identity), ref.fileId));
      for (const [part, text] of Object.entries(ref)) post.fields.set(`${path}.${part}`, String(text));
    }
  } catch (error) {
    await deleteStored(request, stored);
    throw refusedFile(error, post.files[stored.length]?.path);
  }
  return stored;
}

/** A file the store refused, as a field error of its field, so the form is shown again around it. */
function refusedFile(error: unknown, path: string | undefined): unknown {
  if (!(error instanceof DomainError) || error.kind !== 'invalid' || path === undefined) return error;
  return new DomainError('invalid', 'invalid_file', error.messages, [
    { path: `answers.${path}`, code: 'invalid_file', message: error.messages },
  ]);
}

/** Deletes what a refused post stored; a failure to delete is no reason to hide the refusal. */
export async function deleteStored(request: SubmissionRequest, keys: readonly string[]): Promise<void> {
  await Promise.allSettled(keys.map((key) => request.deps.files.delete(key)));
}

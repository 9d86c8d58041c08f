import type { DirectoryStore } from '#functions/directory/stores.ts';
import type { PageDeps, WebRequest } from '#functions/platform/web/request.ts';
import type { SubmissionDeps } from '#functions/submissions/deps.ts';

/** What the form pages need: the form-filling ports, and the city's zone for their times. */
export interface SubmissionPageDeps extends Omit<PageDeps, 'files'>, SubmissionDeps {
  directory: Pick<DirectoryStore, 'getCity'>;
}

export type SubmissionRequest = WebRequest<SubmissionPageDeps>;

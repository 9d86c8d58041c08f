import type { InstrumentReader } from '#functions/assessment/cycle-instrument.ts';
import type { ReviewStore } from '#functions/assessment/stores.ts';
import type { DirectoryStore, PeopleStore } from '#functions/directory/stores.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import type { FileStore } from '#functions/platform/ports/file-store.ts';
import type { PageDeps, WebRequest } from '#functions/platform/web/request.ts';
import type { SubmissionStore } from '#functions/submissions/stores.ts';

/** What the review pages need: the reviews, what was submitted and on which instrument, and the obligations. */
export interface ReviewPageDeps extends PageDeps {
  /** The evidence files: each opens in the browser for a few minutes (a presigned GET on AWS). */
  files: Pick<FileStore, 'uploadOrigin' | 'openUrl'>;
  reviews: ReviewStore;
  instruments: InstrumentReader;
  people: PeopleStore;
  directory: DirectoryStore;
  submissions: Pick<SubmissionStore, 'getSubmission'>;
  obligationDeps: ObligationDeps;
}

export type ReviewRequest = WebRequest<ReviewPageDeps>;

import type { InstrumentReader } from '#functions/assessment/cycle-instrument.ts';
import type { DirectoryStore, PeopleStore } from '#functions/directory/stores.ts';
import type { FileStore } from '#functions/platform/ports/file-store.ts';
import type { Scheduler } from '#functions/platform/ports/scheduler.ts';
import type { PageDeps, WebRequest } from '#functions/platform/web/request.ts';
import type { SubmissionStore } from '#functions/submissions/stores.ts';
import type { FindingsDeps } from '../record-findings.ts';
import type { SelectionDeps } from '../selection.ts';
import type { SelectionStore, VisitStore } from '../stores.ts';

/**
 * What the selection's and the visits' pages need: the selections and visits, the city and its
 * OPDs, who leads, the reviews the findings are kept with and the instrument they were filled on,
 * the scheduler of the invitations, and the file store of the photos.
 */
export interface SelectionPageDeps extends PageDeps {
  selections: SelectionStore;
  visits: VisitStore;
  directory: DirectoryStore;
  people: PeopleStore;
  cycles: SelectionDeps['cycles'];
  reviews: FindingsDeps['reviews'];
  instruments: InstrumentReader;
  submissions: Pick<SubmissionStore, 'getSubmission'>;
  scheduler: Scheduler;
  scheduleGroup: string;
  files: Pick<FileStore, 'uploadOrigin' | 'openUrl' | 'put' | 'delete'>;
}

export type SelectionRequest = WebRequest<SelectionPageDeps>;

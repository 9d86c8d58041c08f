import type { DirectoryStore, PeopleStore } from '#functions/directory/stores.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import type { LinkSigner } from '#functions/platform/identity/signed-links.ts';
import type { WorkflowStarter } from '#functions/platform/ports/workflow-starter.ts';
import type { PageDeps, WebRequest } from '#functions/platform/web/request.ts';
import type { SubmissionStore } from '#functions/submissions/stores.ts';
import type { SurveyStore } from '../stores.ts';

/**
 * What the surveys' pages need: the surveys, the city and its OPDs and people, the cycle, the
 * innovation reports programs are chosen from, the kick-off that opens the OPDs' obligations, the
 * keyed hash of the public pages' limits, and the obligations an OPD's responses answer.
 */
export interface SurveyPageDeps extends PageDeps {
  surveys: SurveyStore;
  directory: DirectoryStore;
  people: PeopleStore;
  cycles: ObligationDeps['cycles'];
  submissions: Pick<SubmissionStore, 'listForOpd'>;
  workflows: WorkflowStarter;
  links: Pick<LinkSigner, 'keyedHash'>;
  obligationDeps: ObligationDeps;
}

export type SurveyRequest = WebRequest<SurveyPageDeps>;

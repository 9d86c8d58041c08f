import type { DirectoryStore, PeopleStore } from '#functions/directory/stores.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import type { WorkflowStarter } from '#functions/platform/ports/workflow-starter.ts';
import type { PageDeps, WebRequest } from '#functions/platform/web/request.ts';
import type { SubmissionStore } from '#functions/submissions/stores.ts';
import type { RiskStore } from '../stores.ts';

/**
 * What the risk register's pages need: the plans, the city and its OPDs and people, the cycle,
 * the innovation reports quick wins are chosen from and the registers submitted, the kick-off
 * that opens the OPDs' obligations, and the obligations a review decides.
 */
export interface RiskPageDeps extends PageDeps {
  risks: RiskStore;
  directory: DirectoryStore;
  people: PeopleStore;
  cycles: ObligationDeps['cycles'];
  obligations: ObligationDeps['obligations'];
  submissions: Pick<SubmissionStore, 'listForOpd' | 'getSubmission'>;
  workflows: WorkflowStarter;
  obligationDeps: ObligationDeps;
}

export type RiskRequest = WebRequest<RiskPageDeps>;

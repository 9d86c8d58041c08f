import type { ObligationDeps } from '#functions/obligations/deps.ts';
import type { PageDeps, WebRequest } from '#functions/platform/web/request.ts';

/** What the obligation pages need: the obligation use cases' ports. */
export interface ObligationPageDeps extends PageDeps {
  obligationDeps: ObligationDeps;
}

export type ObligationRequest = WebRequest<ObligationPageDeps>;

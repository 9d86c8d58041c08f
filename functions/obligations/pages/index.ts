import type { PageHandler } from '#functions/platform/web/page-guard.ts';
import { adminCyclePage } from './admin-cycle.ts';
import { adminObligationsPage, moveObligationPage, waiveObligationPage } from './admin-obligations.ts';
import type { ObligationPageDeps } from './deps.ts';
import { obligationPage } from './obligation-page.ts';

/** The pages of the obligations module, by the operation its routes name. */
export const pages: Record<string, PageHandler<ObligationPageDeps>> = {
  obligation: obligationPage,
  adminObligations: adminObligationsPage,
  moveObligationPage,
  waiveObligationPage,
  adminCycle: adminCyclePage,
};

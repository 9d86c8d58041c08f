import type { PageHandler } from '#functions/platform/web/page-guard.ts';
import { adminRisksPage, chooseQuickWinsPage, reviewRegisterPage } from './admin-risks-page.ts';
import type { RiskPageDeps } from './deps.ts';

/** The pages of the risk register part, by the operation its routes name. */
export const pages: Record<string, PageHandler<RiskPageDeps>> = {
  riskRegisters: adminRisksPage,
  chooseQuickWins: chooseQuickWinsPage,
  reviewRiskRegister: reviewRegisterPage,
};

import type { AccessPageDeps } from '#functions/access/deps.ts';
import type { ObligationPageDeps } from '#functions/obligations/pages/deps.ts';
import type { SubmissionPageDeps } from '#functions/submissions/pages/deps.ts';

/** The `web` function's deps: what the pages of every part need, together (the full file store among them). */
export interface WebDeps
  extends Omit<AccessPageDeps, 'files'>,
    Omit<ObligationPageDeps, 'files'>,
    SubmissionPageDeps {}

import { innovationReportKind } from './kinds/innovation-report.ts';

/**
 * The kinds of obligation this part brings to the cycle. The app gathers every part's
 * `obligation-kinds.ts` into one registry (`functions/app/generated/kinds.ts`), which kick-off,
 * reminders, escalations and submissions all read through their deps.
 */
export const kinds = [innovationReportKind] as const;

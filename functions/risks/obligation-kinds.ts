import { riskRegisterKind } from './risk-kind.ts';

/** The kinds of obligation this part brings to the cycle (gathered by the app, `generated/kinds.ts`). */
export const kinds = [riskRegisterKind] as const;

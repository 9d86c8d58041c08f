import { impactSurveyKind } from './impact-kind.ts';

/** The kinds of obligation this part brings to the cycle (gathered by the app, `generated/kinds.ts`). */
export const kinds = [impactSurveyKind] as const;

// Built by `npm run build:modules` from functions/app/modules.ts; a unit test keeps it in step.
import { kinds as obligations } from '#functions/obligations/obligation-kinds.ts';
import { kinds as assessment } from '#functions/assessment/obligation-kinds.ts';
import { kinds as surveys } from '#functions/surveys/obligation-kinds.ts';
import { kinds as risks } from '#functions/risks/obligation-kinds.ts';
import { createKindRegistry, type KindRegistry } from '#functions/obligations/kinds/lookup.ts';

/** Every part's kinds of obligation, in one registry: what kick-off opens and the cycle serves. */
export const moduleKinds: KindRegistry = createKindRegistry([
  ...obligations,
  ...assessment,
  ...surveys,
  ...risks,
]);

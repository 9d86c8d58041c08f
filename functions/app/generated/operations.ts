// Built by `npm run build:modules` from functions/app/modules.ts; a unit test keeps it in step.
import { operations as submissions } from '#functions/submissions/api/operations.ts';
import { operations as obligations } from '#functions/obligations/api/operations.ts';
import { operations as assessment } from '#functions/assessment/api/operations.ts';
import { operations as visits } from '#functions/visits/api/operations.ts';
import { operations as surveys } from '#functions/surveys/api/operations.ts';
import type { Operation } from '#functions/platform/http/operation.ts';

type DepsOf<T> = T extends Readonly<Record<string, Operation<infer D>>> ? D : never;

/** What the API operations of every part need, together: the `api` function's deps hold all of it. */
export type ModuleOperationDeps = DepsOf<typeof submissions> & DepsOf<typeof obligations> & DepsOf<typeof assessment> & DepsOf<typeof visits> & DepsOf<typeof surveys>;

/** The JSON operations of every part, by the operation id their routes name. */
export const moduleOperations: Readonly<Record<string, Operation<ModuleOperationDeps>>> = {
  ...submissions,
  ...obligations,
  ...assessment,
  ...visits,
  ...surveys,
};

/** The operations of each part, by part: a test finds no operation named twice. */
export const operationsByModule: Readonly<Record<string, readonly string[]>> = {
  submissions: Object.keys(submissions),
  obligations: Object.keys(obligations),
  assessment: Object.keys(assessment),
  visits: Object.keys(visits),
  surveys: Object.keys(surveys),
};

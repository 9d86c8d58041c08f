// Built by `npm run build:modules` from functions/app/modules.ts; a unit test keeps it in step.
import { pages as access } from '#functions/access/pages/index.ts';
import { pages as submissions } from '#functions/submissions/pages/index.ts';
import { pages as obligations } from '#functions/obligations/pages/index.ts';
import { pages as assessment } from '#functions/assessment/pages/index.ts';
import { pages as visits } from '#functions/visits/pages/index.ts';
import { pages as surveys } from '#functions/surveys/pages/index.ts';
import { pages as risks } from '#functions/risks/pages/index.ts';
import type { PageHandler } from '#functions/platform/web/page-guard.ts';

type DepsOf<T> = T extends Readonly<Record<string, PageHandler<infer D>>> ? D : never;

/** What the pages of every part need, together: the `web` function's deps hold all of it. */
export type ModulePageDeps = DepsOf<typeof access> & DepsOf<typeof submissions> & DepsOf<typeof obligations> & DepsOf<typeof assessment> & DepsOf<typeof visits> & DepsOf<typeof surveys> & DepsOf<typeof risks>;

/** The pages of every part, by the operation their routes name. */
export const modulePages: Readonly<Record<string, PageHandler<ModulePageDeps>>> = {
  ...access,
  ...submissions,
  ...obligations,
  ...assessment,
  ...visits,
  ...surveys,
  ...risks,
};

/** The operations each part's pages answer, by part: a test finds no operation named twice. */
export const pageOperationsByModule: Readonly<Record<string, readonly string[]>> = {
  access: Object.keys(access),
  submissions: Object.keys(submissions),
  obligations: Object.keys(obligations),
  assessment: Object.keys(assessment),
  visits: Object.keys(visits),
  surveys: Object.keys(surveys),
  risks: Object.keys(risks),
};

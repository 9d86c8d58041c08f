// Built by `npm run build:modules` from functions/app/modules.ts; a unit test keeps it in step.
import { stores as directory } from '#functions/directory/store/index.ts';
import { stores as submissions } from '#functions/submissions/store/index.ts';
import { stores as obligations } from '#functions/obligations/store/index.ts';
import { stores as assessment } from '#functions/assessment/store/index.ts';
import { stores as visits } from '#functions/visits/store/index.ts';
import { stores as surveys } from '#functions/surveys/store/index.ts';
import { stores as risks } from '#functions/risks/store/index.ts';
import type { TableContext } from '#functions/platform/table/table-context.ts';

/** The stores of every part in the one table, by the port names they are handed out under. */
export type ModuleStores = ReturnType<typeof directory> & ReturnType<typeof submissions> & ReturnType<typeof obligations> & ReturnType<typeof assessment> & ReturnType<typeof visits> & ReturnType<typeof surveys> & ReturnType<typeof risks>;

/** Builds the stores of every part. */
export const moduleStores = (table: TableContext): ModuleStores => ({
  ...directory(table),
  ...submissions(table),
  ...obligations(table),
  ...assessment(table),
  ...visits(table),
  ...surveys(table),
  ...risks(table),
});

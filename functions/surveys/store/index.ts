import type { TableContext } from '#functions/platform/table/table-context.ts';
import { createSurveyStore } from './survey-store.ts';

/** The surveys' store in the one table, under the name the app hands it out as a port. */
export const stores = ({ db, tableName, clock }: TableContext) => ({
  surveys: createSurveyStore(db, tableName, clock),
});

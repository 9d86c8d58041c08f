import type { TableContext } from '#functions/platform/table/table-context.ts';
import { createSubmissionStore } from './submission-store.ts';

/** The submissions' store in the one table, under the name the app hands it out as a port. */
export const stores = ({ db, tableName }: TableContext) => ({
  submissions: createSubmissionStore(db, tableName),
});

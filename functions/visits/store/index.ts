import type { TableContext } from '#functions/platform/table/table-context.ts';
import { createSelectionStore } from './selection-store.ts';
import { createVisitStore } from './visit-store.ts';

/** The visits' stores in the one table, under the names the app hands them out as ports. */
export const stores = ({ db, tableName }: TableContext) => ({
  selections: createSelectionStore(db, tableName),
  visits: createVisitStore(db, tableName),
});

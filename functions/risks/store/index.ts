import type { TableContext } from '#functions/platform/table/table-context.ts';
import { createRiskStore } from './risk-store.ts';

/** The risk register's store in the one table, under the name the app hands it out as a port. */
export const stores = ({ db, tableName }: TableContext) => ({
  risks: createRiskStore(db, tableName),
});

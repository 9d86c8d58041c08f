import type { TableContext } from '#functions/platform/table/table-context.ts';
import { createDirectoryStore } from './directory-store.ts';
import { createPeopleStore } from './people-store.ts';

/** The directory's stores in the one table, under the names the app hands them out as ports. */
export const stores = ({ db, tableName }: TableContext) => ({
  directory: createDirectoryStore(db, tableName),
  people: createPeopleStore(db, tableName),
});

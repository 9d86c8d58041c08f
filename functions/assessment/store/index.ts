import type { TableContext } from '#functions/platform/table/table-context.ts';
import { createInstrumentStore } from './instrument-store.ts';
import { createReviewStore } from './review-store.ts';

/** The assessment's stores in the one table, under the names the app hands them out as ports. */
export const stores = ({ db, tableName }: TableContext) => ({
  reviews: createReviewStore(db, tableName),
  instruments: createInstrumentStore(db, tableName),
});

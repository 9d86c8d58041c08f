import type { TableContext } from '#functions/platform/table/table-context.ts';
import { createReviewStore } from './review-store.ts';

/** The assessment's store in the one table, under the name the app hands it out as a port. */
export const stores = ({ db, tableName }: TableContext) => ({
  reviews: createReviewStore(db, tableName),
});

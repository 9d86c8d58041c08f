import type { TableContext } from '#functions/platform/table/table-context.ts';
import { createCycleStore } from './cycle-store.ts';
import { createDeliveryStore } from './delivery-store.ts';
import { createDigestStore } from './digest-store.ts';
import { createObligationStore } from './obligation-store.ts';

/** The obligations' stores in the one table, under the names the app hands them out as ports. */
export const stores = ({ db, tableName, clock }: TableContext) => ({
  obligations: createObligationStore(db, tableName),
  cycles: createCycleStore(db, tableName),
  deliveries: createDeliveryStore(db, tableName, clock),
  digests: createDigestStore(db, tableName),
});

import type { AuditRecord } from '#functions/platform/audit/audit-event.ts';
import type { Selection } from './selection-model.ts';

/*
 * The store of the cycles' selections, as the selection's use cases speak to it; its DynamoDB
 * implementation is `store/selection-store.ts`. A stale revision is the table's
 * `StaleRevisionError` (platform/table/errors.ts).
 */
export interface SelectionStore {
  /** The selection of the cycle `year` of `city`, read consistently. */
  get(city: string, year: number): Promise<Selection | undefined>;
  /**
   * Stores `next` and its audit event in one transaction: with `previous` (the selection as read),
   * only if its stored revision is still `previous.revision`; without it, only if the cycle has
   * no selection yet. Otherwise nothing is written and it throws `StaleRevisionError`.
   */
  put(next: Selection, audit: AuditRecord, previous?: Selection): Promise<void>;
}

import type { AuditRecord } from '#functions/platform/audit/audit-event.ts';
import type { Selection } from './selection-model.ts';
import type { Visit } from './visit-model.ts';

/*
 * The stores of the cycles' selections and visits, as the use cases speak to them; their DynamoDB
 * implementations are in `store/`. A stale revision is the table's `StaleRevisionError`
 * (platform/table/errors.ts).
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

export interface VisitStore {
  /** The visit to `opd` in the cycle `year` of `city`, read consistently. */
  get(city: string, year: number, opd: string): Promise<Visit | undefined>;
  /** Every visit of the cycle, in order of OPD id. */
  ofCycle(city: string, year: number): Promise<Visit[]>;
  /**
   * Stores `next` and its audit event in one transaction: with `previous` (the visit as read),
   * only if its stored revision is still `previous.revision`; without it, only if there is no
   * such visit yet. Otherwise nothing is written and it throws `StaleRevisionError`.
   */
  put(next: Visit, audit: AuditRecord, previous?: Visit): Promise<void>;
}

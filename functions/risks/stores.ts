import type { AuditRecord } from '#functions/platform/audit/audit-event.ts';
import type { RiskPlan } from './plan-model.ts';

/*
 * The store of the risk register, as the use cases speak to it; its DynamoDB implementation is
 * in `store/`. A plan already chosen is the table's `StaleRevisionError` (platform/table/errors.ts).
 */
export interface RiskStore {
  /** The risk plan of the cycle `year` of `city`, read consistently. */
  plan(city: string, year: number): Promise<RiskPlan | undefined>;
  /**
   * Stores a chosen plan and its audit event in one transaction, only if the cycle has no plan
   * yet; otherwise nothing is written and it throws `StaleRevisionError`.
   */
  choose(plan: RiskPlan, audit: AuditRecord): Promise<void>;
}

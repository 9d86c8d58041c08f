import { type AuditEventOf, defineAuditEvents } from '#functions/platform/audit/define-audit-events.ts';
import { keys } from './keys.ts';

/**
 * What is audited of a cycle's risk register, in the city's plans' history (the entity id is the
 * year): the quick-win programs chosen with the scale. The reviews of the registers are the
 * obligations' own events (`obligation.accepted`, `obligation.revision-requested`).
 */
export const riskAudit = defineAuditEvents({
  plan: {
    key: ({ city, id }) => keys.plan(city, Number(id)),
    actions: ['risks.quick_wins_chosen'],
  },
});

export type RiskAuditEvent = AuditEventOf<typeof riskAudit>;

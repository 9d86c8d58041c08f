import { type AuditEventOf, defineAuditEvents } from '#functions/platform/audit/define-audit-events.ts';
import { keys } from './keys.ts';

/** What is audited of an obligation, in its history: each step of its life, by workflow or admin. */
export const obligationAudit = defineAuditEvents({
  obligation: {
    key: ({ id }) => keys.obligation(id),
    actions: [
      'obligation.opened',
      'obligation.drafted',
      'obligation.submitted',
      'obligation.missed',
      'obligation.moved',
      'obligation.waived',
      'obligation.under-review',
      'obligation.revision-requested',
      'obligation.accepted',
    ],
  },
});

export type ObligationAuditEvent = AuditEventOf<typeof obligationAudit>;

import { type AuditEventOf, defineAuditEvents } from '#functions/platform/audit/define-audit-events.ts';
import { keys } from '#functions/platform/identity/keys.ts';

/** What is audited of the ways in, on the history of the person who used them. */
export const accessAudit = defineAuditEvents({
  person: {
    key: ({ city, id }) => keys.person(city, id),
    actions: ['link.opened'],
  },
});

export type AccessAuditEvent = AuditEventOf<typeof accessAudit>;

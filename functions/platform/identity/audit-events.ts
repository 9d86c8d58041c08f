import { type AuditEventOf, defineAuditEvents } from '#functions/platform/audit/define-audit-events.ts';
import { keys } from './keys.ts';

/** Sessions started and ended, on the history of the person whose session it is. */
export const sessionAudit = defineAuditEvents({
  person: {
    key: ({ city, id }) => keys.person(city, id),
    actions: ['session.started', 'session.ended'],
  },
});

export type SessionAuditEvent = AuditEventOf<typeof sessionAudit>;

import { type AuditEventOf, defineAuditEvents } from '#functions/platform/audit/define-audit-events.ts';
import { instrumentKeys } from './instrument-keys.ts';
import { keys } from './keys.ts';

/**
 * What is audited of a self-assessment review, in its history: its opening, each round after a
 * resubmission, every decision of its verifier, and each finding of a visit team on one
 * indicator, each written with the change it records. And
 * each version of an instrument an admin publishes, in the city's instruments partition (the
 * entity id is `<family>@<version>`).
 */
export const reviewAudit = defineAuditEvents({
  review: {
    key: ({ city, id }) => keys.review(city, id),
    actions: [
      'review.opened',
      'review.reopened',
      'review.verified',
      'review.revision_requested',
      'review.accepted',
      'review.visit_finding_recorded',
    ],
  },
  instrument: {
    key: ({ city, id }) => ({ ...instrumentKeys.city(city), sk: id }),
    actions: ['instrument.published'],
  },
});

export type ReviewAuditEvent = AuditEventOf<typeof reviewAudit>;

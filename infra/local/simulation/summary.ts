import type { AuditLog } from '#functions/platform/audit/audit-log.ts';
import type { Outbox } from '../outbox-mailer.ts';

/** What a simulated year did, counted twice: from the mail that went out and from the audit log. */
export interface YearSummary {
  outbox: {
    kickoff: number;
    reminders: number;
    escalationsToHead: number;
    escalationsToSecretary: number;
    /** Digests of several escalations to one person on one day (one email, many OPDs). */
    digests: number;
    /** Emails telling an OPD of a moved deadline or a waiver. */
    changes: number;
    /** Emails telling a verifier of a review round to decide. */
    reviewNotices: number;
    /** Reminders to a verifier of a round due the next working day. */
    reviewReminders: number;
    /** Emails telling the lead evaluator of a round past its due date. */
    reviewEscalations: number;
    other: number;
  };
  audit: {
    opened: number;
    submittedOnTime: number;
    submittedLate: number;
    missed: number;
    moved: number;
    waived: number;
    /** Self-assessment reviews: rounds opened (first and later), revisions asked, acceptances. */
    reviewsOpened: number;
    reviewRounds: number;
    revisionsRequested: number;
    reviewsAccepted: number;
  };
}

/**
 * Counts the outbox's emails by their business key: `obligation#version#slot#person`, or for a
 * review's emails `review[-reminder|-escalation]#city#review#round#person`.
 */
export function countOutbox(keys: readonly string[]): YearSummary['outbox'] {
  const counts = {
    kickoff: 0,
    reminders: 0,
    escalationsToHead: 0,
    escalationsToSecretary: 0,
    digests: 0,
    changes: 0,
    reviewNotices: 0,
    reviewReminders: 0,
    reviewEscalations: 0,
    other: 0,
  };
  for (const key of keys) {
    const kind = key.split('#')[0] ?? '';
    if (kind === 'review') counts.reviewNotices++;
    else if (kind === 'review-reminder') counts.reviewReminders++;
    else if (kind === 'review-escalation') counts.reviewEscalations++;
    if (kind.startsWith('review')) continue;
    const slot = key.split('#')[2] ?? '';
    if (slot === 'kickoff') counts.kickoff++;
    else if (slot.startsWith('D-') || slot.startsWith('M-')) counts.reminders++;
    else if (slot.startsWith('digest-')) counts.digests++;
    else if (slot === 'moved' || slot === 'waived') counts.changes++;
    else if (slot === 'E-1') counts.escalationsToHead++;
    else if (slot === 'E-2') counts.escalationsToSecretary++;
    else counts.other++;
  }
  return counts;
}

/** Counts a city's obligation and review events in the audit log. */
export async function countAudit(audit: AuditLog, city: string): Promise<YearSummary['audit']> {
  const counts = {
    opened: 0,
    submittedOnTime: 0,
    submittedLate: 0,
    missed: 0,
    moved: 0,
    waived: 0,
    reviewsOpened: 0,
    reviewRounds: 0,
    revisionsRequested: 0,
    reviewsAccepted: 0,
  };
  await audit.forCity(city, (events) => {
    for (const event of events) {
      if (event.action === 'obligation.opened') counts.opened++;
      if (event.action === 'obligation.missed') counts.missed++;
      if (event.action === 'obligation.moved') counts.moved++;
      if (event.action === 'obligation.waived') counts.waived++;
      if (event.action === 'review.opened') counts.reviewsOpened++;
      if (event.action === 'review.opened' || event.action === 'review.reopened') counts.reviewRounds++;
      if (event.action === 'review.revision_requested') counts.revisionsRequested++;
      if (event.action === 'review.accepted') counts.reviewsAccepted++;
      if (event.action === 'obligation.submitted') {
        if ((event.after as { late?: boolean }).late) counts.submittedLate++;
        else counts.submittedOnTime++;
      }
    }
  });
  return counts;
}

/** The business key of each email in the outbox, in the order sent. */
export function outboxKeys(outbox: Pick<Outbox, 'list' | 'keyOf'>): string[] {
  return outbox.list().map((name) => outbox.keyOf(name));
}

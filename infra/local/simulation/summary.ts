import type { ReviewStore } from '#functions/assessment/stores.ts';
import { deskLevel } from '#functions/assessment/visit-findings.ts';
import type { AuditLog } from '#functions/platform/audit/audit-log.ts';
import type { VisitStore } from '#functions/visits/stores.ts';
import type { Outbox } from '../outbox-mailer.ts';

/**
 * What a simulated year did, counted twice: from the mail that went out and from the audit log;
 * and what its visits hold, from the cycle's visits and reviews.
 */
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
    /** Emails telling an OPD's operators of a revision a reviewer asked, with the reviewer's note. */
    revisionNotices: number;
    /** Emails telling a verifier of a review round to decide. */
    reviewNotices: number;
    /** Reminders to a verifier of a round due the next working day. */
    reviewReminders: number;
    /** Emails telling the lead evaluator of a round past its due date. */
    reviewEscalations: number;
    /** A visit's invitations (one per person concerned and change of its date or status). */
    visitInvitations: number;
    /** Reminders of a confirmed visit, the working day before it. */
    visitReminders: number;
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
    /** Evaluation visits: opened by a draw, dates proposed (by the OPD: counter-proposals), confirmed. */
    visitsOpened: number;
    visitDatesProposed: number;
    visitCounterProposals: number;
    visitsConfirmed: number;
    /** Findings the visit teams recorded, one per indicator (a finding replaced counts again). */
    findingsRecorded: number;
  };
  /** The cycle's visits as stored: why each is made, and the levels their findings changed. */
  visits: {
    drawn: number;
    alwaysVisited: number;
    /** Indicators whose level found on the visit differs from the one verified at the desk. */
    levelsChanged: number;
  };
}

/**
 * Counts the outbox's emails by their business key: `obligation#version#slot#person`, for a
 * review's emails `review[-reminder|-escalation]#city#review#round#person`, and for a visit's
 * `visit-invitation|visit-reminder-week|visit-reminder#city#visit#sequence#person`.
 */
export function countOutbox(keys: readonly string[]): YearSummary['outbox'] {
  const counts = {
    kickoff: 0,
    reminders: 0,
    escalationsToHead: 0,
    escalationsToSecretary: 0,
    digests: 0,
    changes: 0,
    revisionNotices: 0,
    reviewNotices: 0,
    reviewReminders: 0,
    reviewEscalations: 0,
    visitInvitations: 0,
    visitReminders: 0,
    other: 0,
  };
  const byPrefix = {
    review: 'reviewNotices',
    'review-reminder': 'reviewReminders',
    'review-escalation': 'reviewEscalations',
    'visit-invitation': 'visitInvitations',
    'visit-reminder': 'visitReminders',
    'visit-reminder-week': 'visitReminders',
  } as const;
  for (const key of keys) {
    const kind = key.split('#')[0] ?? '';
    if (Object.hasOwn(byPrefix, kind)) {
      counts[byPrefix[kind as keyof typeof byPrefix]]++;
      continue;
    }
    const slot = key.split('#')[2] ?? '';
    if (slot === 'kickoff') counts.kickoff++;
    else if (slot.startsWith('D-') || slot.startsWith('M-')) counts.reminders++;
    else if (slot.startsWith('digest-')) counts.digests++;
    else if (slot === 'moved' || slot === 'waived') counts.changes++;
    else if (slot === 'revision') counts.revisionNotices++;
    else if (slot === 'E-1') counts.escalationsToHead++;
    else if (slot === 'E-2') counts.escalationsToSecretary++;
    else counts.other++;
  }
  return counts;
}

/** Counts a city's obligation, review and visit events in the audit log. */
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
    visitsOpened: 0,
    visitDatesProposed: 0,
    visitCounterProposals: 0,
    visitsConfirmed: 0,
    findingsRecorded: 0,
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
      if (event.action === 'visit.opened') counts.visitsOpened++;
      if (event.action === 'visit.proposed') {
        counts.visitDatesProposed++;
        if ((event.after as { slot?: { side?: string } }).slot?.side === 'opd')
          counts.visitCounterProposals++;
      }
      if (event.action === 'visit.confirmed') counts.visitsConfirmed++;
      if (event.action === 'review.visit_finding_recorded') counts.findingsRecorded++;
      if (event.action === 'obligation.submitted') {
        if ((event.after as { late?: boolean }).late) counts.submittedLate++;
        else counts.submittedOnTime++;
      }
    }
  });
  return counts;
}

/** Counts the cycle's visits not cancelled by why they are made, and the levels their findings changed. */
export async function countVisits(
  stores: { visits: Pick<VisitStore, 'ofCycle'>; reviews: Pick<ReviewStore, 'get'> },
  city: string,
  year: number,
): Promise<YearSummary['visits']> {
  const counts = { drawn: 0, alwaysVisited: 0, levelsChanged: 0 };
  for (const visit of await stores.visits.ofCycle(city, year)) {
    if (visit.status === 'cancelled') continue;
    if (visit.reason.kind === 'drawn') counts.drawn++;
    else counts.alwaysVisited++;
    const review = await stores.reviews.get(city, year, visit.opd);
    for (const indicator of Object.values(review?.indicators ?? {}))
      if (indicator.finding && indicator.finding.level !== deskLevel(indicator)) counts.levelsChanged++;
  }
  return counts;
}

/** The business key of each email in the outbox, in the order sent. */
export function outboxKeys(outbox: Pick<Outbox, 'list' | 'keyOf'>): string[] {
  return outbox.list().map((name) => outbox.keyOf(name));
}

import { createHash } from 'node:crypto';
import { leadOf } from '#functions/directory/evaluation-lead.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import type { Cycle } from '#functions/obligations/model.ts';
import { addWorkingDays, instantAt, previousWorkingDay } from '#functions/platform/time/calendar.ts';
import { addDays } from '#functions/platform/time/days.ts';
import { reviewEscalationEmail, reviewReminderEmail } from './review-mail.ts';
import type { Review } from './review-model.ts';
import { obligationOfReview } from './review-obligation.ts';
import type { ReviewStore } from './stores.ts';

/** The workflow a review's schedules start. */
export const reviewReminderWorkflow = 'review-reminder';

/** The two sends of a round: the verifier reminded the working day before it is due, the lead told the working day after. */
export const reviewSlots = ['reminder', 'escalation'] as const;
export type ReviewSlot = (typeof reviewSlots)[number];

/** What a review's schedule starts the workflow with: ids only. */
export interface ReviewSlotInput {
  city: string;
  year: number;
  opd: string;
  round: number;
  slot: ReviewSlot;
}

/** Signed links in these emails work for two weeks, as the reminders' links do. */
const linkTtlSeconds = 14 * 24 * 3600;
const leaseSeconds = 300;

/** The fixed name of a round's schedule (at most 64 characters): creating it twice creates it once. */
export const reviewScheduleName = (review: Pick<Review, 'city' | 'reviewId' | 'round'>, slot: ReviewSlot) =>
  `rv-${createHash('sha256').update(`${review.city}#${review.reviewId}`).digest('hex').slice(0, 20)}-r${review.round}-${slot}`;

/** When each send of a round goes: 08:00 (the cycle's send time) on the working day before it is due, and after. */
export function reviewSlotTimes(cycle: Cycle, due: string): Record<ReviewSlot, Date> {
  const { calendar, policy } = cycle;
  return {
    reminder: instantAt(previousWorkingDay(calendar, addDays(due, -1)), policy.sendAt, calendar.timeZone),
    escalation: instantAt(addWorkingDays(calendar, due, 1), policy.sendAt, calendar.timeZone),
  };
}

/**
 * Schedules the sends of a review's current round (those still ahead): fixed names, so a retried
 * step replaces them. A later round has schedules of its own; those of an earlier one find the
 * round moved on and send nothing.
 * @returns how many were scheduled.
 */
export async function scheduleReviewSlots(
  deps: ObligationDeps,
  cycle: Cycle,
  review: Review,
): Promise<number> {
  const times = reviewSlotTimes(cycle, review.due);
  let scheduled = 0;
  for (const slot of reviewSlots) {
    if (times[slot].getTime() <= deps.clock.now().getTime()) continue;
    await deps.scheduler.schedule({
      group: deps.scheduleGroup,
      name: reviewScheduleName(review, slot),
      at: times[slot],
      timeZone: cycle.calendar.timeZone,
      workflow: reviewReminderWorkflow,
      input: { city: review.city, year: review.year, opd: review.opd, round: review.round, slot },
    });
    scheduled++;
  }
  return scheduled;
}

/** What a fired send did. */
export interface ReviewSlotResult {
  sent: number;
  /** Why nothing was sent: the review is decided, or in a later round. */
  skipped?: 'decided' | 'later-round' | 'unknown';
}

/**
 * A fired send of a review's round: while the round still waits for its verifier, the reminder
 * to the verifier, or the escalation to the lead evaluator (never to the verifier themselves), each
 * person's email claimed before it is sent, so a retried step sends nothing twice.
 */
export async function sendReviewSlot(
  deps: ObligationDeps & { reviews: Pick<ReviewStore, 'get'> },
  input: ReviewSlotInput,
): Promise<ReviewSlotResult> {
  const review = await deps.reviews.get(input.city, input.year, input.opd);
  if (!review) return { sent: 0, skipped: 'unknown' };
  if (review.round !== input.round) return { sent: 0, skipped: 'later-round' };
  if (review.status !== 'in_review') return { sent: 0, skipped: 'decided' };
  const [city, opd, verifier] = await Promise.all([
    deps.directory.getCity(review.city),
    deps.directory.getOpd(review.city, review.opd),
    deps.people.get(review.city, review.verifier),
  ]);
  if (!city || !opd) throw new Error(`Review ${review.reviewId} has no city or OPD`);
  const recipients =
    input.slot === 'reminder'
      ? verifier
        ? [verifier]
        : []
      : (await deps.people.evaluators(review.city)).filter(
          (p) => leadOf(p) && p.personId !== review.verifier,
        );
  let sent = 0;
  for (const person of recipients) {
    const key = `review-${input.slot}#${review.city}#${review.reviewId}#${review.round}#${person.personId}`;
    const token = deps.newId();
    const outcome = await deps.deliveries.claim(key, token, leaseSeconds);
    if (outcome === 'sent' || outcome === 'busy') continue;
    const link = await deps.links.sign(
      {
        purpose: 'review',
        city: review.city,
        opd: review.opd,
        person: person.personId,
        obligation: obligationOfReview(review),
      },
      linkTtlSeconds,
    );
    const mail = {
      city,
      opd,
      review,
      person,
      verifierName: verifier?.name ?? review.verifier,
      link: `${deps.baseUrl}/l/${link}`,
    };
    try {
      const { messageId } = await deps.mailer.send({
        ...(input.slot === 'reminder' ? reviewReminderEmail(mail) : reviewEscalationEmail(mail)),
        to: person.email,
        idempotencyKey: key,
      });
      await deps.deliveries.markSent(key, token, messageId);
      sent++;
    } catch (error) {
      await deps.deliveries.release(key, token);
      throw error;
    }
  }
  return { sent };
}

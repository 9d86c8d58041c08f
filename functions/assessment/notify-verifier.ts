import type { ObligationDeps } from '#functions/obligations/deps.ts';
import { reviewAssignedEmail } from './review-mail.ts';
import type { Review } from './review-model.ts';

/** Signed links to a review work for two weeks, as the reminders' links do. */
const reviewLinkTtlSeconds = 14 * 24 * 3600;
/** How long a claim holds before another run may assume the send was lost. */
const leaseSeconds = 300;

/**
 * Tells the verifier of a review's current round by email, with a signed link (purpose `review`)
 * to it: claimed by the review, round and verifier before sending, so a retried step sends nothing
 * twice; a refused send gives the claim back and fails, so the workflow retries it.
 * @returns 1 when sent now, 0 when it was sent before.
 */
export async function notifyVerifier(
  deps: ObligationDeps,
  obligationId: string,
  review: Review,
): Promise<number> {
  const [verifier, city, opd] = await Promise.all([
    deps.people.get(review.city, review.verifier),
    deps.directory.getCity(review.city),
    deps.directory.getOpd(review.city, review.opd),
  ]);
  if (!verifier || !city || !opd) throw new Error(`Review ${review.reviewId} has no verifier, city or OPD`);
  const key = `review#${review.city}#${review.reviewId}#${review.round}#${review.verifier}`;
  const token = deps.newId();
  const outcome = await deps.deliveries.claim(key, token, leaseSeconds);
  if (outcome === 'sent' || outcome === 'busy') return 0;
  const link = await deps.links.sign(
    {
      purpose: 'review',
      city: review.city,
      opd: review.opd,
      person: verifier.personId,
      obligation: obligationId,
    },
    reviewLinkTtlSeconds,
  );
  try {
    const { messageId } = await deps.mailer.send({
      ...reviewAssignedEmail({
        city,
        opd,
        review,
        person: verifier,
        verifierName: verifier.name,
        link: `${deps.baseUrl}/l/${link}`,
      }),
      to: verifier.email,
      idempotencyKey: key,
    });
    await deps.deliveries.markSent(key, token, messageId);
    return 1;
  } catch (error) {
    await deps.deliveries.release(key, token);
    throw error;
  }
}

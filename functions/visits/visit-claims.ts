import { actsForOpd } from '#functions/assessment/review-caller.ts';
import type { Review } from '#functions/assessment/review-model.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';

/**
 * Whether the reader may see the desk's verified levels (and the scores built on them): the team,
 * the lead and the admins always; the OPD itself once its review is accepted, as on its own pages.
 */
export const showsVerified = (identity: Identity, review: Review) =>
  !actsForOpd(identity) || review.status === 'accepted';

/**
 * What a visit checks of the OPD's self-assessment, as `identity` may see it: per indicator the
 * level claimed, the level verified at the desk (see {@link showsVerified}), and what the visit
 * found (its photos by name, never by where the store keeps them).
 */
export function visitClaimsOf(review: Review, identity: Identity) {
  const desk = showsVerified(identity, review);
  const indicators = Object.fromEntries(
    Object.entries(review.indicators)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, { claimed, verified, finding }]) => [
        id,
        {
          claimed,
          ...(verified === undefined || !desk ? {} : { verified }),
          ...(finding
            ? {
                finding: {
                  observed: finding.observed,
                  level: finding.level,
                  ...(finding.reason === undefined ? {} : { reason: finding.reason }),
                  photos: finding.photos.map(({ name, contentType, size, sha256 }) => ({
                    name,
                    contentType,
                    size,
                    sha256,
                  })),
                  by: finding.by,
                  at: finding.at,
                },
              }
            : {}),
        },
      ]),
  );
  return { revision: review.revision, status: review.status, indicators };
}

import type { Review } from '#functions/assessment/review-model.ts';

/**
 * What a visit checks of the OPD's self-assessment, as its readers see it: per indicator the
 * level claimed, the level verified at the desk, and what the visit found (its photos by name,
 * never by where the store keeps them).
 */
export function visitClaimsOf(review: Review) {
  const indicators = Object.fromEntries(
    Object.entries(review.indicators)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, { claimed, verified, finding }]) => [
        id,
        {
          claimed,
          ...(verified === undefined ? {} : { verified }),
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

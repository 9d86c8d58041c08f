import type { MaturityLevel } from '#forms/instrument/model.ts';
import { refusals } from '#functions/platform/errors/domain-errors.ts';
import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import { reviewAudit } from './audit-events.ts';
import type { ReviewDeps, ReviewOutcome } from './review-deps.ts';
import type { IndicatorReview, Review } from './review-model.ts';
import { reviewRefusals } from './review-refusals.ts';

/** A photo of what a visit team saw, as the file store kept it. */
export interface FindingPhoto {
  readonly key: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
}

/**
 * What the visit team found of one indicator on site: what it observed, the photos it took, and
 * the level it verified there, with the reason when that level differs from the desk's. The
 * finding's level is the indicator's final level once the review is accepted (`scoring/levels.ts`).
 */
export interface VisitFinding {
  readonly observed: string;
  readonly level: MaturityLevel;
  readonly reason?: string;
  readonly photos: readonly FindingPhoto[];
  readonly by: string;
  readonly at: string;
}

/** The level a finding departs from: the level verified at the desk, or while there is none the one claimed. */
export const deskLevel = (indicator: IndicatorReview): MaturityLevel =>
  indicator.verified ?? indicator.claimed;

/** Photos kept per indicator: one more is refused, so that none is ever dropped unseen. */
export const maxFindingPhotos = 10;

/** A finding of one indicator as the visits part records it, the caller already known to be on the team. */
export interface FindingInput {
  readonly year: number;
  readonly opd: string;
  /** The revision of the review the caller read. */
  readonly revision: number;
  readonly indicator: string;
  readonly observed: string;
  readonly level: MaturityLevel;
  readonly reason?: string;
  /** A photo taken with this finding, added to those the indicator has. */
  readonly photo?: FindingPhoto;
  /** Before its photo is stored: the SHA-256 of the photo's bytes, to tell a repeated post. */
  readonly photoSha256?: string;
}

const reasonRequired = (level: number) =>
  refusals.invalid([
    {
      path: 'reason',
      code: 'reason_required',
      message: {
        id: `Tingkat hasil kunjungan berbeda dari tingkat ${level}: mohon tuliskan alasannya.`,
        en: `The level found on the visit differs from level ${level}: give the reason.`,
      },
    },
  ]);

const tooManyPhotos = () =>
  refusals.invalid([
    {
      path: 'photo',
      code: 'too_many_photos',
      message: {
        id: `Indikator ini sudah memiliki ${maxFindingPhotos} foto, jumlah terbanyak.`,
        en: `This indicator has ${maxFindingPhotos} photos already, the most it keeps.`,
      },
    },
  ]);

/**
 * The same finding again by the same person: the same words and level, and either no photo or the
 * very photo last added (a double click of a post with a photo).
 */
const sameFinding = (found: VisitFinding | undefined, input: FindingInput, actor: string) => {
  const photo = input.photo?.sha256 ?? input.photoSha256;
  return (
    found !== undefined &&
    found.by === actor &&
    found.observed === input.observed &&
    found.level === input.level &&
    found.reason === input.reason &&
    (photo === undefined || found.photos.at(-1)?.sha256 === photo)
  );
};

/**
 * What recording a finding would do to the review as read: nothing (the same finding again by
 * the same person, a retry) or a change of `indicator`, or a refusal. The visits part runs it
 * before it stores a photo, so that a refused post stores nothing.
 * @throws DomainError `invalid` (an indicator the review lacks, a missing reason), `conflict` (stale).
 */
export function checkFinding(
  review: Review,
  actor: { subject: string },
  input: FindingInput,
): { replay: true } | { replay: false; indicator: IndicatorReview } {
  const indicator = Object.hasOwn(review.indicators, input.indicator)
    ? review.indicators[input.indicator]
    : undefined;
  if (!indicator) throw reviewRefusals.unknownIndicators('findings', [input.indicator]);
  if (sameFinding(indicator.finding, input, actor.subject)) return { replay: true };
  if (review.revision !== input.revision) throw reviewRefusals.stale();
  if (input.level !== deskLevel(indicator) && input.reason === undefined)
    throw reasonRequired(deskLevel(indicator));
  const adding = input.photo !== undefined || input.photoSha256 !== undefined;
  if (adding && (indicator.finding?.photos.length ?? 0) >= maxFindingPhotos) throw tooManyPhotos();
  return { replay: false, indicator };
}

/**
 * Records what a visit team found of one indicator of an OPD's self-assessment, whatever the
 * review's status: once the review is accepted, the level found is the indicator's final level. Audited with the finding
 * it replaces. The same finding again by the same person (a retry) changes nothing. Who may record
 * one (the visit's team) is the visits part's rule: it checks before it calls.
 * @throws DomainError `not_found`, and as {@link checkFinding}.
 */
export async function recordVisitFinding(
  deps: ReviewDeps,
  actor: { city: string; subject: string },
  input: FindingInput,
): Promise<ReviewOutcome> {
  const review = await deps.reviews.get(actor.city, input.year, input.opd);
  if (!review) throw reviewRefusals.notFound();
  const checked = checkFinding(review, actor, input);
  if (checked.replay) return { review, replayed: true };
  const { indicator } = checked;
  const at = deps.clock.now().toISOString();
  const finding: VisitFinding = {
    observed: input.observed,
    level: input.level,
    ...(input.reason === undefined ? {} : { reason: input.reason }),
    photos: [...(indicator.finding?.photos ?? []), ...(input.photo ? [input.photo] : [])],
    by: actor.subject,
    at,
  };
  const next: Review = {
    ...review,
    indicators: { ...review.indicators, [input.indicator]: { ...indicator, finding } },
    revision: review.revision + 1,
  };
  const audit = reviewAudit.event('review.visit_finding_recorded', {
    eventId: deps.newId(),
    at,
    actor: actor.subject,
    city: actor.city,
    opd: review.opd,
    entityId: review.reviewId,
    before: { revision: review.revision, indicator: input.indicator, finding: indicator.finding ?? null },
    after: { revision: next.revision, indicator: input.indicator, finding },
  });
  try {
    await deps.reviews.put(next, audit, review);
  } catch (error) {
    if (!(error instanceof StaleRevisionError)) throw error;
    const now = await deps.reviews.get(actor.city, input.year, input.opd);
    // A twin of this very finding won the race: it is stored as this one would have been.
    if (now && sameFinding(now.indicators[input.indicator]?.finding, input, actor.subject))
      return { review: now, replayed: true };
    throw reviewRefusals.stale();
  }
  return { review: next, replayed: false };
}

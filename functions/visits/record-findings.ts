import { type ReviewDeps, reviewDepsOf } from '#functions/assessment/review-deps.ts';
import {
  checkFinding,
  type FindingInput,
  type FindingPhoto,
  recordVisitFinding,
} from '#functions/assessment/visit-findings.ts';
import { timeZoneOfCity } from '#functions/directory/city-time-zone.ts';
import type { DirectoryStore } from '#functions/directory/stores.ts';
import { refusals } from '#functions/platform/errors/domain-errors.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import { parseInput } from '#functions/platform/input/parse-input.ts';
import { localDateOf } from '#functions/platform/time/calendar.ts';
import { readVisit, sideOf, type VisitDeps } from './visit-access.ts';
import { recordFindingBody } from './visit-inputs.ts';
import { visitRefusals } from './visit-refusals.ts';

/** What recording findings needs: the visits, and the reviews the findings are kept with. */
export interface FindingsDeps extends VisitDeps {
  reviews: ReviewDeps['reviews'];
  directory: Pick<DirectoryStore, 'getCity'>;
}

/** Where a visit's photos are kept: under the city, cycle and OPD visited. */
export const findingPhotoKey = (city: string, year: number, opd: string, fileId: string) =>
  `visits/${city}/${year}/${opd}/${fileId}`;

/**
 * Checks a finding of one indicator of the OPD's self-assessment (`body`: see `recordFindingBody`)
 * as recording it would, and refuses it the same way: on or after the day of a confirmed visit,
 * by an evaluator of its team or the lead evaluator, on an indicator of the OPD's review, with a
 * reason when the level differs. A page runs it before it stores a photo, so that a refused post
 * stores nothing.
 * @returns the finding's input, without a photo, and whether it repeats the finding stored (with
 *   `photoSha256`, the SHA-256 of a photo not stored yet, a repeat of the post that stored it).
 * @throws DomainError `invalid`, `not_found`, `forbidden`, `conflict`.
 */
export async function checkFindings(
  deps: FindingsDeps,
  identity: Identity,
  year: number,
  opd: string,
  body: unknown,
  photoSha256?: string,
): Promise<{ input: FindingInput; replay: boolean }> {
  const parsed = parseInput(recordFindingBody, body);
  const visit = await readVisit(deps, identity, year, opd);
  if ((await sideOf(deps, identity, visit)) !== 'team') throw refusals.forbidden();
  if (visit.status === 'cancelled') throw visitRefusals.cancelled();
  if (visit.status !== 'confirmed' || !visit.slot) throw visitRefusals.notConfirmed();
  const today = localDateOf(deps.clock.now(), await timeZoneOfCity(deps.directory, identity.city));
  if (today < visit.slot.date) throw visitRefusals.findingsBeforeVisit(visit.slot.date);
  const review = await deps.reviews.get(identity.city, year, opd);
  if (!review) throw visitRefusals.noSelfAssessment();
  const input: FindingInput = { ...parsed, year, opd };
  const { replay } = checkFinding(review, identity, { ...input, ...(photoSha256 ? { photoSha256 } : {}) });
  return { input, replay };
}

/**
 * Records what the visit team found of one indicator (checked as {@link checkFindings} does),
 * with a photo the caller stored under {@link findingPhotoKey}. The level found becomes the
 * indicator's final level; the finding is audited with the review.
 * @throws DomainError `invalid`, `not_found`, `forbidden`, `conflict`.
 */
export async function recordFindings(
  deps: FindingsDeps,
  identity: Identity,
  year: number,
  opd: string,
  body: unknown,
  photo?: FindingPhoto,
) {
  const { input } = await checkFindings(deps, identity, year, opd, body, photo?.sha256);
  return recordVisitFinding(reviewDepsOf(deps), identity, { ...input, ...(photo ? { photo } : {}) });
}

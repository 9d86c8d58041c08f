import { beforeAll, describe, expect, it } from 'vitest';
import { accept } from '#functions/assessment/accept-review.ts';
import { openReview } from '#functions/assessment/open-review.ts';
import { recordVerification } from '#functions/assessment/record-verification.ts';
import { requestRevision } from '#functions/assessment/request-revision.ts';
import type { ReviewDeps } from '#functions/assessment/review-deps.ts';
import { assessedLevels } from '#functions/assessment/review-model.ts';
import { levelOf } from '#functions/assessment/scoring/levels.ts';
import {
  type FindingPhoto,
  maxFindingPhotos,
  recordVisitFinding,
} from '#functions/assessment/visit-findings.ts';
import { callers, opd, opening, refusalOf, reviewTable } from './review-harness.ts';

/*
 * What a visit team found, kept with the OPD's review on DynamoDB Local: through a revision round,
 * as the final level once accepted, with at most ten photos, and a repeated post written once.
 */

const team = { city: 'jambi', subject: 'ev-2' };
const photo = (n: number): FindingPhoto => ({
  key: `visits/jambi/2026/${opd}/photo-${n}`,
  name: `foto-${n}.jpg`,
  contentType: 'image/jpeg',
  size: 1000 + n,
  sha256: String(n).padStart(64, '0'),
});

describe('the findings of an evaluation visit, kept with the review', () => {
  let deps: ReviewDeps;

  beforeAll(async () => {
    ({ deps } = await reviewTable());
    await openReview(deps, opening());
    await recordVerification(deps, callers.verifier, {
      year: 2026,
      opd,
      revision: 1,
      levels: { 'gov-ps-01': { level: 4 }, 'gov-ps-02': { level: 3 }, 'liv-hl-01': { level: 5 } },
    });
    await requestRevision(deps, callers.verifier, {
      year: 2026,
      opd,
      revision: 2,
      comments: { 'liv-hl-01': 'Lampirkan data kunjungan puskesmas.' },
      due: '2026-11-20',
    });
  });

  it('keeps a finding recorded while the OPD revises through its resubmission, and makes it final only once accepted', async () => {
    // Act
    const found = await recordVisitFinding(deps, team, {
      year: 2026,
      opd,
      revision: 3,
      indicator: 'gov-ps-01',
      observed: 'Aplikasi berjalan, belum terintegrasi.',
      level: 3,
      reason: 'Integrasi yang diklaim belum ada.',
    });
    const { review: round2 } = await openReview(
      deps,
      opening({
        submissionId: 'sub-2',
        due: '2026-11-24',
        claimed: { 'gov-ps-01': 4, 'gov-ps-02': 3, 'liv-hl-01': 4 },
      }),
    );
    const before = assessedLevels(round2).map((l) => levelOf(l, 'final'));
    const { review: accepted } = await accept(deps, callers.verifier, {
      year: 2026,
      opd,
      revision: round2.revision,
    });

    // Assess
    expect(found.review.indicators['gov-ps-01']?.finding).toMatchObject({ level: 3, by: 'ev-2', photos: [] });
    expect(round2.indicators['gov-ps-01']?.finding).toEqual(found.review.indicators['gov-ps-01']?.finding);
    expect(before).toEqual([undefined, undefined, undefined]);
    expect(assessedLevels(accepted).map((l) => [l.indicator, levelOf(l, 'final')])).toEqual([
      ['gov-ps-01', 3],
      ['gov-ps-02', 3],
      ['liv-hl-01', 5],
    ]);
    const actions = (await deps.reviews.history('jambi', '2026.dinas-kesehatan')).map((e) => e.action);
    expect(actions).toContain('review.visit_finding_recorded');
  });

  it('writes a repeated post with the same photo once, and refuses a photo beyond the tenth', async () => {
    // Prepare
    let review = (await deps.reviews.get('jambi', 2026, opd))!;
    const finding = {
      year: 2026,
      opd,
      indicator: 'gov-ps-02',
      observed: 'Papan informasi layanan terpasang.',
      level: 3 as const,
    };
    for (let n = 1; n <= maxFindingPhotos; n++)
      ({ review } = await recordVisitFinding(deps, team, {
        ...finding,
        revision: review.revision,
        photo: photo(n),
      }));

    // Act
    const again = await recordVisitFinding(deps, team, {
      ...finding,
      revision: review.revision - 1,
      photo: photo(maxFindingPhotos),
    });
    const eleventh = await refusalOf(
      recordVisitFinding(deps, team, { ...finding, revision: review.revision, photo: photo(99) }),
    );

    // Assess
    expect(again).toMatchObject({ replayed: true, review: { revision: review.revision } });
    expect(eleventh.fields).toEqual(['photo too_many_photos']);
    const stored = await deps.reviews.get('jambi', 2026, opd);
    expect(stored?.indicators['gov-ps-02']?.finding?.photos.map((p) => p.name)).toEqual(
      Array.from({ length: maxFindingPhotos }, (_, i) => `foto-${i + 1}.jpg`),
    );
  });
});

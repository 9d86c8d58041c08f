import { deskLevel } from '#functions/assessment/visit-findings.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import { type FindingsDeps, recordFindings } from '#functions/visits/record-findings.ts';

/** On a visit, one indicator in three of a level above 1 is found a level below the desk's. */
const loweredShare = 1 / 3;

/**
 * The team member's findings on the day of the visit to `opd`: one for each indicator of the
 * OPD's review, in order of indicator id, at the level verified at the desk (claimed, if none) or
 * a level below it with the reason. Nothing for an OPD with no review: it sent no self-assessment.
 */
export async function recordSimulatedFindings(
  deps: FindingsDeps,
  member: Identity,
  year: number,
  opd: string,
  random: () => number,
): Promise<void> {
  let review = await deps.reviews.get(member.city, year, opd);
  if (!review) return;
  for (const indicator of Object.keys(review.indicators).sort()) {
    const desk = deskLevel(review.indicators[indicator] ?? { claimed: 1 });
    const lower = desk > 1 && random() < loweredShare;
    const found = lower
      ? {
          observed: 'Penerapan diperiksa di lokasi; sebagian yang diklaim belum berjalan.',
          level: desk - 1,
          reason: `Tingkat ${desk} belum terlihat di lokasi kunjungan.`,
        }
      : { observed: 'Penerapan diperiksa di lokasi; sesuai dengan bukti dukung.', level: desk };
    ({ review } = await recordFindings(deps, member, year, opd, {
      revision: review.revision,
      indicator,
      ...found,
    }));
  }
}

import { isResponsible } from '#forms/instrument/model.ts';
import { SELF_ASSESSMENT_FORM_ID } from '#forms/instrument/self-assessment-form.ts';
import {
  defineObligationKind,
  opdHeadThenSecretary,
  opdOperators,
} from '#functions/obligations/define-kind.ts';
import { instrumentOfYear, instrumentsIn } from './cycle-instrument.ts';

/** The phase of the self-assessments; a cycle stores its dates under this id. */
export const selfAssessmentPhase = 'self-assessment';

/** The Friday of the second week of November, and two weeks later for late ones. */
function secondWeekOfNovember(year: number) {
  const first = new Date(Date.UTC(year, 10, 1));
  // The first Friday on or after 1 November, then one week on.
  const firstFriday = 1 + ((5 - first.getUTCDay() + 7) % 7);
  const day = (d: number) => `${year}-11-${String(d).padStart(2, '0')}`;
  return { due: day(firstFriday + 7), closes: day(firstFriday + 21) };
}

/**
 * The yearly Smart City self-assessment: owed by every OPD the year's instrument names for at
 * least one indicator, due by default in the second week of November. Its operators are reminded;
 * the head of the OPD, then the city secretary, hear of a missed deadline. Once submitted, the
 * `submission-review` workflow has it verified.
 */
export const selfAssessmentKind = defineObligationKind({
  id: 'self-assessment',
  formId: SELF_ASSESSMENT_FORM_ID,
  title: { id: 'Penilaian Mandiri Smart City', en: 'Smart City self-assessment' },
  phase: selfAssessmentPhase,
  defaultPhase: secondWeekOfNovember,
  owedBy: async (opd, { cycle, ports }) => {
    const instrument = await instrumentOfYear(instrumentsIn(ports), cycle.city, cycle.year);
    return instrument?.indicators.some((indicator) => isResponsible(indicator, opd.opd)) ?? false;
  },
  reviewedBy: 'submission-review',
  reminded: opdOperators,
  escalatedTo: opdHeadThenSecretary,
  mail: {
    templates: 'standard',
    kickoffNote: {
      id: 'Isilah penilaian mandiri secermat mungkin: setiap tingkat yang diklaim akan diverifikasi oleh tim evaluasi berdasarkan bukti dukung yang dilampirkan.',
      en: 'Fill in the self-assessment as accurately as you can: the evaluation team verifies every level claimed against the evidence attached.',
    },
  },
});

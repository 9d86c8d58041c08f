import { impactQuestionnaireForm } from '#forms/surveys/impact-questionnaire.form.ts';
import {
  defineObligationKind,
  opdHeadThenSecretary,
  opdOperators,
} from '#functions/obligations/define-kind.ts';
import { addDays, isoWeekday } from '#functions/platform/time/days.ts';
import type { SurveyStore } from './stores.ts';

/** The phase of the impact survey; a cycle stores its dates under this id. */
export const impactPhase = 'impact';

/** The second Friday of December, and a week later for late ones: the survey runs in December. */
function secondWeekOfDecember(year: number) {
  const first = `${year}-12-01`;
  const firstFriday = addDays(first, (5 - isoWeekday(first) + 7) % 7);
  return { due: addDays(firstFriday, 7), closes: addDays(firstFriday, 14) };
}

/** The surveys' store among a function's ports, for the kind's rule. */
function surveysIn(ports: object): Pick<SurveyStore, 'plan' | 'programs'> {
  const surveys = (ports as { surveys?: Pick<SurveyStore, 'plan' | 'programs'> }).surveys;
  if (!surveys) throw new Error('The impact survey kind reads the surveys store: it is not among the ports');
  return surveys;
}

/**
 * The impact survey of a cycle: owed by each OPD that owns a program chosen for it, which collects
 * the set number of impact questionnaires for each of its programs by the due date (second Friday
 * of December by default). Its operators are reminded; the head of the OPD, then the city
 * secretary, hear of a missed deadline. It is answered when the last response it needs arrives.
 */
export const impactSurveyKind = defineObligationKind({
  id: 'impact-survey',
  formId: impactQuestionnaireForm.id,
  title: { id: 'Survei Dampak Program', en: 'Program impact survey' },
  phase: impactPhase,
  defaultPhase: secondWeekOfDecember,
  owedBy: async (opd, { cycle, ports }) => {
    const plan = await surveysIn(ports).plan(cycle.city, cycle.year);
    return plan?.programs.some((program) => program.opd === opd.opd) ?? false;
  },
  reminded: opdOperators,
  escalatedTo: opdHeadThenSecretary,
  // Each program counts up to what it needs: a program with more does not make up for another.
  progress: {
    path: '/survei-dampak',
    of: async (obligation, ports) => {
      const surveys = surveysIn(ports);
      const plan = await surveys.plan(obligation.city, obligation.year);
      const owned = plan?.programs.filter((program) => program.opd === obligation.opd) ?? [];
      const counted = await surveys.programs(owned.map((program) => program.code));
      return {
        done: counted.reduce((sum, p) => sum + Math.min(p.responses, p.required), 0),
        of: owned.reduce((sum, p) => sum + p.required, 0),
      };
    },
  },
  mail: {
    templates: 'standard',
    kickoffNote: {
      id: 'Program OPD Anda terpilih untuk survei dampak. Kumpulkan kuesioner dari penerima manfaat melalui tautan atau kode QR program, atau isikan bersama mereka. Petugas boleh membantu, tetapi tidak boleh memengaruhi jawaban.',
      en: "Your OPD's program has been chosen for the impact survey. Collect questionnaires from its beneficiaries through the program's link or QR code, or fill them in beside them. Staff may help, but must not influence the answers.",
    },
  },
});

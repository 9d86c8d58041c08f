import { RISK_REGISTER_FORM_ID } from '#forms/risks/risk-register-form.ts';
import {
  defineObligationKind,
  opdHeadThenSecretary,
  opdOperators,
} from '#functions/obligations/define-kind.ts';
import { addDays, isoWeekday } from '#functions/platform/time/days.ts';
import type { RiskStore } from './stores.ts';

/** The phase of the risk registers; a cycle stores its dates under this id. */
export const riskPhase = 'risk-register';

/** The first Friday of December, and two weeks later for late ones. */
function firstWeekOfDecember(year: number) {
  const first = `${year}-12-01`;
  const firstFriday = addDays(first, (5 - isoWeekday(first) + 7) % 7);
  return { due: firstFriday, closes: addDays(firstFriday, 14) };
}

/** The risk store among a function's ports, for the kind's rule. */
export function risksIn(ports: object): Pick<RiskStore, 'plan'> {
  const risks = (ports as { risks?: Pick<RiskStore, 'plan'> }).risks;
  if (!risks) throw new Error('The risk register kind reads the risks store: it is not among the ports');
  return risks;
}

/**
 * The quick-win risk register of a cycle: owed by each OPD that owns a quick-win program, one
 * register for all its quick wins, due by default on the first Friday of December. Its operators
 * are reminded; the head of the OPD, then the city secretary, hear of a missed deadline. An
 * evaluator accepts it or asks for a revision (`review-register.ts`).
 */
export const riskRegisterKind = defineObligationKind({
  id: 'risk-register',
  formId: RISK_REGISTER_FORM_ID,
  title: { id: 'Register Risiko Program Quick Win', en: 'Quick-win program risk register' },
  phase: riskPhase,
  defaultPhase: firstWeekOfDecember,
  owedBy: async (opd, { cycle, ports }) => {
    const plan = await risksIn(ports).plan(cycle.city, cycle.year);
    return plan?.programs.some((program) => program.opd === opd.opd) ?? false;
  },
  reminded: opdOperators,
  escalatedTo: opdHeadThenSecretary,
  mail: {
    templates: 'standard',
    kickoffNote: {
      id: 'Program OPD Anda ditetapkan sebagai program quick win. Susun register risikonya: setiap risiko dengan penyebab, kategori, kemungkinan, dampak, mitigasi, penanggung jawab, dan tenggatnya.',
      en: "Your OPD's program has been named a quick-win program. Draw up its risk register: each risk with its cause, category, likelihood, impact, mitigation, owner and due date.",
    },
  },
});

import type { Answers } from '#forms/engine/definition.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import { type Obligation, obligationIdOf } from '#functions/obligations/model.ts';
import type { SubmissionStore } from '#functions/submissions/stores.ts';
import type { QuickWin, RiskPlan } from './plan-model.ts';
import { riskRegisterKind } from './risk-kind.ts';
import { type RiskRating, rate } from './risk-matrix.ts';

/** One risk of a register as the OPD gave it, with its rating from the cycle's matrix. */
export interface RegisterRisk {
  /** The quick-win program it threatens (its innovation report's id), and its name. */
  program: string;
  programName: string;
  risk: string;
  cause: string;
  category: string;
  likelihood: number;
  impact: number;
  rating: RiskRating;
  mitigationType: string;
  mitigation: string;
  owner: string;
  due: string;
}

/** One OPD's register in a cycle: its quick wins, its obligation (absent until opened) and the risks it submitted. */
export interface OpdRegister {
  opd: string;
  opdName: string;
  programs: QuickWin[];
  obligation?: Obligation;
  /** The risks of its latest submission, empty until it submits. */
  risks: RegisterRisk[];
}

/** What reading the registers needs. */
export interface RegisterReadDeps {
  obligations: Pick<ObligationDeps['obligations'], 'get'>;
  submissions: Pick<SubmissionStore, 'getSubmission'>;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const whole = (value: unknown) => (typeof value === 'number' ? value : Number.NaN);

/**
 * The risks of a submitted register, each rated on the plan's scale. Its answers passed the
 * form's checks against the same plan, so every risk is on the scale and names a quick win of its
 * OPD; a register that does not (edited in the table by hand) fails loudly rather than being
 * shown wrong.
 */
export function risksOf(plan: RiskPlan, answers: Answers): RegisterRisk[] {
  const names = new Map(plan.programs.map((program) => [program.submissionId, program.name]));
  const items = Array.isArray(answers.risks) ? (answers.risks as Record<string, unknown>[]) : [];
  return items.map((item) => {
    const likelihood = whole(item.likelihood);
    const impact = whole(item.impact);
    const program = text(item.program);
    return {
      program,
      programName: names.get(program) ?? program,
      risk: text(item.risk),
      cause: text(item.cause),
      category: text(item.category),
      likelihood,
      impact,
      rating: rate(plan.scale, likelihood, impact),
      mitigationType: text(item.mitigationType),
      mitigation: text(item.mitigation),
      owner: text(item.owner),
      due: text(item.due),
    };
  });
}

/** The id of an OPD's register obligation in a cycle. */
export const registerIdOf = (plan: Pick<RiskPlan, 'city' | 'year'>, opd: string) =>
  obligationIdOf(plan.city, plan.year, opd, riskRegisterKind.id);

/** The OPDs that owe a register under `plan`, in the plan's order, each with its quick wins. */
export function registerOwners(plan: RiskPlan): { opd: string; opdName: string; programs: QuickWin[] }[] {
  const owners = new Map<string, { opd: string; opdName: string; programs: QuickWin[] }>();
  for (const program of plan.programs) {
    const owner = owners.get(program.opd) ?? { opd: program.opd, opdName: program.opdName, programs: [] };
    owner.programs.push(program);
    owners.set(program.opd, owner);
  }
  return [...owners.values()];
}

/** One OPD's register: its obligation, and the risks of the submission that answered it. */
export async function registerOf(
  deps: RegisterReadDeps,
  plan: RiskPlan,
  owner: { opd: string; opdName: string; programs: QuickWin[] },
): Promise<OpdRegister> {
  const obligation = await deps.obligations.get(registerIdOf(plan, owner.opd));
  const submission = obligation?.submissionId
    ? await deps.submissions.getSubmission(plan.city, obligation.submissionId)
    : undefined;
  // A register is read against the plan it was filled for (its version is the plan's year).
  const filled = submission?.formVersion === plan.year ? submission : undefined;
  return {
    ...owner,
    ...(obligation ? { obligation } : {}),
    risks: filled ? risksOf(plan, filled.answers) : [],
  };
}

/** Every register of a cycle's plan, in the plan's order of OPDs: a read per OPD, a few dozen a city. */
export async function registersOf(deps: RegisterReadDeps, plan: RiskPlan): Promise<OpdRegister[]> {
  return Promise.all(registerOwners(plan).map((owner) => registerOf(deps, plan, owner)));
}

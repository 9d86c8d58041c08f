import type { DirectoryStore } from '#functions/directory/stores.ts';
import { deadlineInstant } from '#functions/obligations/deadline.ts';
import { phaseOf } from '#functions/obligations/define-kind.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import { refusals } from '#functions/platform/errors/domain-errors.ts';
import { parseInput } from '#functions/platform/input/parse-input.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import type { WorkflowStarter } from '#functions/platform/ports/workflow-starter.ts';
import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import type { SubmissionStore } from '#functions/submissions/stores.ts';
import { programCandidates } from '#functions/surveys/program-candidates.ts';
import { riskAudit } from './audit-events.ts';
import type { QuickWin, RiskPlan } from './plan-model.ts';
import { chooseQuickWinsBody } from './risk-inputs.ts';
import { riskPhase, riskRegisterKind } from './risk-kind.ts';
import { riskRefusals } from './risk-refusals.ts';
import type { RiskStore } from './stores.ts';

/** What choosing a cycle's quick wins reads and writes. */
export interface ChooseQuickWinsDeps {
  risks: RiskStore;
  directory: Pick<DirectoryStore, 'getCity' | 'opdPage'>;
  cycles: Pick<ObligationDeps['cycles'], 'getCycle'>;
  submissions: Pick<SubmissionStore, 'listForOpd'>;
  workflows: WorkflowStarter;
  clock: Clock;
  newId: () => string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** A chosen plan, and whether it was chosen by an earlier request with the same programs and scale. */
export interface ChosenRiskPlan {
  plan: RiskPlan;
  replayed: boolean;
}

/**
 * Marks the quick-win programs of a cycle among the year's innovation reports, with the scale
 * their risks are rated on, and opens the `risk-register` obligation of each OPD that owns one
 * (the `cycle-kickoff` workflow, for that kind only). The choice is made once, audited, and
 * frozen: the registers are forms built from it. The same choice sent again is a replay.
 * @throws DomainError: no such cycle or no risk phase; its due date passed; already chosen; an
 * innovation that is unknown or given twice (field by field).
 */
export async function chooseQuickWins(
  deps: ChooseQuickWinsDeps,
  actor: string,
  city: string,
  year: number,
  body: unknown,
): Promise<ChosenRiskPlan> {
  // None ticked on the page: said in words, rather than as the schema's "too small".
  if (isRecord(body) && Array.isArray(body.programs) && body.programs.length === 0)
    throw refusals.invalid([riskRefusals.noPrograms()]);
  const input = parseInput(chooseQuickWinsBody, body);
  const [cycle, cityRecord] = await Promise.all([
    deps.cycles.getCycle(city, year),
    deps.directory.getCity(city),
  ]);
  if (!cycle || !cityRecord) throw riskRefusals.noCycle(year);
  const phase = phaseOf(cycle, riskPhase);
  if (!phase) throw riskRefusals.noPhase();
  const existing = await deps.risks.plan(city, year);
  if (existing) return replayOf(deps, existing, input);
  // Registers opened after their due date would be overdue at once: the choice comes before it.
  const dueAt = deadlineInstant(cycle.calendar, phase.due).toISOString();
  if (deps.clock.now().toISOString() > dueAt) throw riskRefusals.phaseDue(phase.due);
  const { candidates } = await programCandidates(deps, city, year, cycle.calendar.timeZone);
  const byId = new Map(candidates.map((candidate) => [candidate.submissionId, candidate]));
  const errors = [];
  const seen = new Set<string>();
  for (const [i, submissionId] of input.programs.entries()) {
    if (!byId.has(submissionId)) errors.push(riskRefusals.unknownInnovation(i));
    else if (seen.has(submissionId)) errors.push(riskRefusals.innovationTwice(i));
    seen.add(submissionId);
  }
  if (errors.length > 0) throw refusals.invalid(errors);
  // In the candidates' order (OPD, then report), whatever the order given.
  const programs: QuickWin[] = candidates
    .filter((candidate) => seen.has(candidate.submissionId))
    .map(({ submissionId, opd, opdName, name, subDimension }) => ({
      submissionId,
      opd,
      opdName,
      name,
      subDimension,
    }));
  const at = deps.clock.now().toISOString();
  const plan: RiskPlan = {
    city,
    year,
    scale: input.scale,
    programs,
    chosenBy: actor,
    chosenAt: at,
    revision: 1,
  };
  const audit = riskAudit.event('risks.quick_wins_chosen', {
    eventId: deps.newId(),
    at,
    actor,
    city,
    opd: '-',
    entityId: String(year),
    before: null,
    after: { scale: plan.scale, programs: programs.map(({ submissionId, opd }) => ({ submissionId, opd })) },
  });
  try {
    await deps.risks.choose(plan, audit);
  } catch (error) {
    if (!(error instanceof StaleRevisionError)) throw error;
    // A concurrent twin chose first: the same choice is its replay, another one is refused.
    const chosen = await deps.risks.plan(city, year);
    if (!chosen) throw error;
    return replayOf(deps, chosen, input);
  }
  await openRiskObligations(deps, city, year);
  return { plan, replayed: false };
}

/**
 * The choice made again (a double click, a retried request, a concurrent twin): the same programs
 * on the same scale is answered with the stored plan, and its obligations opened again in case
 * the first kick-off did not start; any other choice is refused, as the plan is frozen.
 */
async function replayOf(
  deps: Pick<ChooseQuickWinsDeps, 'workflows'>,
  plan: RiskPlan,
  given: { scale: number; programs: readonly string[] },
): Promise<ChosenRiskPlan> {
  const key = (ids: readonly string[]) => [...ids].sort().join('&');
  if (plan.scale !== given.scale || key(plan.programs.map((p) => p.submissionId)) !== key(given.programs))
    throw riskRefusals.chosen();
  await openRiskObligations(deps, plan.city, plan.year);
  return { plan, replayed: true };
}

/**
 * Opens the risk register obligations of a chosen plan: the kick-off of that kind only, which
 * opens each once, so starting it again (a retried choice) opens nothing twice.
 */
export async function openRiskObligations(
  deps: Pick<ChooseQuickWinsDeps, 'workflows'>,
  city: string,
  year: number,
) {
  await deps.workflows.start(
    'cycle-kickoff',
    { city, year, kinds: [riskRegisterKind.id] },
    `risks-${city}-${year}`,
  );
}

import { randomBytes } from 'node:crypto';
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
import { surveyAudit } from './audit-events.ts';
import { impactPhase, impactSurveyKind } from './impact-kind.ts';
import { fitsSlot, impactSettingsOf, impactSlots, requiredResponses } from './impact-settings.ts';
import { programCandidates } from './program-candidates.ts';
import type { ImpactPlan, ImpactProgram } from './program-model.ts';
import type { SurveyStore } from './stores.ts';
import { chooseProgramsBody } from './survey-inputs.ts';
import { surveyRefusals } from './survey-refusals.ts';

/** What choosing a cycle's programs reads and writes. */
export interface ChooseDeps {
  surveys: SurveyStore;
  directory: Pick<DirectoryStore, 'getCity' | 'opdPage'>;
  cycles: Pick<ObligationDeps['cycles'], 'getCycle'>;
  submissions: Pick<SubmissionStore, 'listForOpd'>;
  workflows: WorkflowStarter;
  clock: Clock;
  newId: () => string;
}

/** A chosen plan, and whether it was chosen by an earlier request with the same programs. */
export interface ChosenPlan {
  plan: ImpactPlan;
  replayed: boolean;
}

/** Ten random lower-case letters and digits: a program's public code. */
const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
export function newProgramCode(): string {
  return Array.from(randomBytes(10), (byte) => alphabet[byte % alphabet.length]).join('');
}

/**
 * Chooses the programs of a cycle's impact survey, one innovation report of the year for each
 * slot of the cycle's sample given (a slot without any innovation may stay empty), and opens the
 * `impact-survey` obligation of each OPD that owns one (the `cycle-kickoff` workflow, for that kind
 * only). Each program needs the responses the sample sets (`requiredResponses`). The choice is
 * made once, audited, and frozen: the links and posters printed from it must keep working; the
 * same choice sent again is answered as a replay.
 * @throws DomainError: no such cycle or no impact phase; already chosen; a slot or an innovation
 * that is unknown, out of its slot, or given twice (field by field).
 */
export async function choosePrograms(
  deps: ChooseDeps,
  actor: string,
  city: string,
  year: number,
  body: unknown,
): Promise<ChosenPlan> {
  const input = parseInput(chooseProgramsBody, body);
  const [cycle, cityRecord] = await Promise.all([
    deps.cycles.getCycle(city, year),
    deps.directory.getCity(city),
  ]);
  if (!cycle || !cityRecord) throw surveyRefusals.noCycle(year);
  const phase = phaseOf(cycle, impactPhase);
  if (!phase) throw surveyRefusals.noPhase();
  const existing = await deps.surveys.plan(city, year);
  if (existing) return replayOf(deps, existing, input.programs);
  const closesAt = deadlineInstant(cycle.calendar, phase.closes).toISOString();
  if (deps.clock.now().toISOString() > closesAt) throw surveyRefusals.phaseClosed(phase.closes);
  const settings = impactSettingsOf(cycle);
  const slots = new Map(impactSlots(settings).map((slot) => [slot.slot, slot]));
  const { candidates, districts } = await programCandidates(deps, city, year, cycle.calendar.timeZone);
  const byId = new Map(candidates.map((candidate) => [candidate.submissionId, candidate]));
  const errors = [];
  const seenSlots = new Set<string>();
  const seenInnovations = new Set<string>();
  for (const [i, given] of input.programs.entries()) {
    const slot = slots.get(given.slot);
    const candidate = byId.get(given.submissionId);
    if (!slot) errors.push(surveyRefusals.unknownSlot(i, given.slot));
    else if (seenSlots.has(given.slot)) errors.push(surveyRefusals.slotTwice(i));
    if (!candidate) errors.push(surveyRefusals.unknownInnovation(i));
    else if (slot && !fitsSlot(slot, candidate.subDimension)) errors.push(surveyRefusals.outOfSlot(i));
    else if (seenInnovations.has(given.submissionId)) errors.push(surveyRefusals.innovationTwice(i));
    seenSlots.add(given.slot);
    seenInnovations.add(given.submissionId);
  }
  if (errors.length > 0) throw refusals.invalid(errors);
  // In the sample's order, whatever the order given, so that a dimension's shares are always alike.
  const chosen = [...slots.values()].filter((slot) => seenSlots.has(slot.slot));
  const required = requiredResponses(settings, chosen);
  const programs: ImpactProgram[] = chosen.map((slot) => {
    const given = input.programs.find((program) => program.slot === slot.slot);
    const candidate = byId.get(given?.submissionId ?? '');
    if (!candidate) throw new Error(`No innovation for slot ${slot.slot}`);
    return {
      code: newProgramCode(),
      city,
      year,
      slot: slot.slot,
      dimension: slot.dimension,
      subDimension: candidate.subDimension,
      opd: candidate.opd,
      opdName: candidate.opdName,
      submissionId: candidate.submissionId,
      name: candidate.name,
      required: required.get(slot.slot) ?? 0,
      districts,
      closes: phase.closes,
      closesAt,
      timeZone: cycle.calendar.timeZone,
    };
  });
  const at = deps.clock.now().toISOString();
  const plan: ImpactPlan = {
    city,
    year,
    settings,
    programs,
    chosenBy: actor,
    chosenAt: at,
    publicSummary: false,
    revision: 1,
  };
  const audit = surveyAudit.event('impact.programs_chosen', {
    eventId: deps.newId(),
    at,
    actor,
    city,
    opd: '-',
    entityId: String(year),
    before: null,
    after: {
      settings,
      programs: programs.map(({ code, slot, opd, submissionId, required: n }) => ({
        code,
        slot,
        opd,
        submissionId,
        required: n,
      })),
    },
  });
  try {
    await deps.surveys.choose(plan, audit);
  } catch (error) {
    if (!(error instanceof StaleRevisionError)) throw error;
    // A concurrent twin chose first: the same choice is its replay, another one is refused.
    const chosen = await deps.surveys.plan(city, year);
    if (!chosen) throw error;
    return replayOf(deps, chosen, input.programs);
  }
  await openImpactObligations(deps, city, year);
  return { plan, replayed: false };
}

/**
 * The choice made again (a double click, a retried request, a concurrent twin): the same programs
 * for the same slots is answered with the stored plan, and its obligations opened again in case
 * the first kick-off did not start; any other choice is refused, as the plan is frozen.
 */
async function replayOf(
  deps: Pick<ChooseDeps, 'workflows'>,
  plan: ImpactPlan,
  given: readonly { slot: string; submissionId: string }[],
): Promise<ChosenPlan> {
  const key = (programs: readonly { slot: string; submissionId: string }[]) =>
    programs
      .map((p) => `${p.slot}=${p.submissionId}`)
      .sort()
      .join('&');
  if (key(plan.programs) !== key(given)) throw surveyRefusals.chosen();
  await openImpactObligations(deps, plan.city, plan.year);
  return { plan, replayed: true };
}

/**
 * Opens the impact survey obligations of a chosen plan: the kick-off of that kind only, which
 * opens each once, so starting it again (a retried choice) opens nothing twice.
 */
export async function openImpactObligations(deps: Pick<ChooseDeps, 'workflows'>, city: string, year: number) {
  await deps.workflows.start(
    'cycle-kickoff',
    { city, year, kinds: [impactSurveyKind.id] },
    `impact-${city}-${year}`,
  );
}

/** The plan of a cycle, for anyone allowed to read it. */
export async function planOf(deps: Pick<ChooseDeps, 'surveys'>, city: string, year: number) {
  const plan = await deps.surveys.plan(city, year);
  if (!plan) throw surveyRefusals.planNotFound();
  return plan;
}

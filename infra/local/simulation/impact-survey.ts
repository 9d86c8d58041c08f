import { randomBytes } from 'node:crypto';
import { moduleKinds } from '#functions/app/generated/kinds.ts';
import { leadOf } from '#functions/directory/evaluation-lead.ts';
import { phaseOf } from '#functions/obligations/kinds/phases.ts';
import { type Cycle, obligationIdOf } from '#functions/obligations/model.ts';
import { instantAt, isWorkingDay, previousWorkingDay } from '#functions/platform/time/calendar.ts';
import { addDays } from '#functions/platform/time/days.ts';
import { choosePrograms } from '#functions/surveys/choose-programs.ts';
import { impactPhase, impactSurveyKind } from '#functions/surveys/impact-kind.ts';
import { impactSettingsOf, impactSlots } from '#functions/surveys/impact-settings.ts';
import { candidatesFor, programCandidates } from '#functions/surveys/program-candidates.ts';
import type { ImpactProgram } from '#functions/surveys/program-model.ts';
import { recordAssistedResponse, recordPublicResponse } from '#functions/surveys/record-response.ts';
import type { SurveyForm } from '#functions/surveys/response-model.ts';
import type { LocalRuntimePorts } from '../local-ports.ts';
import type { VirtualClock } from '../virtual-clock.ts';

/**
 * How the programs' beneficiaries, OPD staff and citizens behave: most programs collect their
 * questionnaires by the due date, some only after it, some fall short; one questionnaire in four
 * is entered by staff beside its respondent; each program's poster brings in twice as many
 * citizen responses as it needs questionnaires.
 */
const behaviour = { onTime: 0.7, late: 0.15, shortBy: 0.4, assisted: 1 / 4, citizensPerRequired: 2 };

/** The hour responses arrive: after the day's reminders of 08:00. */
const workTime = '11:00';

type Ports = LocalRuntimePorts & { clock: VirtualClock };

/** What the surveys of a simulated year did. */
export interface SurveyCounts {
  programs: number;
  /** The OPDs that own a program: each owes the impact survey. */
  owners: number;
  impactResponses: number;
  assistedResponses: number;
  citizenResponses: number;
}

export interface SurveySimulation {
  /** The choice of programs and the responses planned for `day`, at 11:00. */
  workDay(day: string): Promise<void>;
  readonly counts: SurveyCounts;
}

/** Ten working days before the due date: the innovation reports are in by then. */
const chooseBefore = 10;

/**
 * Plans the impact survey of the cycle when it has its phase (nothing otherwise): the lead
 * evaluator chooses, per slot of the sample, the innovation reported in it that reached the most
 * people; then the programs' questionnaires and the citizens' answers come in through the same
 * use cases as their pages, on working days, each from a device and an address of its own. Every
 * decision comes from `random`, in a fixed order, so the same seed gives the same survey.
 */
export function planImpactSurvey(ports: Ports, cycle: Cycle, random: () => number): SurveySimulation {
  const counts: SurveyCounts = {
    programs: 0,
    owners: 0,
    impactResponses: 0,
    assistedResponses: 0,
    citizenResponses: 0,
  };
  const phase = phaseOf(cycle, impactPhase);
  if (!phase) return { workDay: async () => {}, counts };
  const { city, year } = cycle;
  const zone = cycle.calendar.timeZone;
  const deps = { ...ports, newId: () => crypto.randomUUID() };
  const respondDeps = { ...deps, obligationDeps: { ...deps, kinds: moduleKinds } };
  let chooseDay = phase.due;
  for (let n = 0; n < chooseBefore; n++)
    chooseDay = previousWorkingDay(cycle.calendar, addDays(chooseDay, -1));
  const planned = new Map<string, (() => Promise<void>)[]>();
  const plan = (day: string, work: () => Promise<void>) => {
    planned.set(day, [...(planned.get(day) ?? []), work]);
  };
  const workingDays = (from: string, to: string) => {
    const days: string[] = [];
    for (let day = from; day <= to; day = addDays(day, 1))
      if (isWorkingDay(cycle.calendar, day)) days.push(day);
    return days;
  };
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const token = (bytes: number) => randomBytes(bytes).toString('base64url');
  const address = () =>
    `10.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}.${1 + Math.floor(random() * 254)}`;
  const likert = () => 1 + Math.floor(random() * 5);

  /** One response to `form`, from the public or (an impact questionnaire) entered by staff. */
  const respond = (program: ImpactProgram, form: SurveyForm) => async () => {
    const answers =
      form === 'impact-questionnaire'
        ? { benefit: likert(), service: likert(), participation: likert(), sustainability: likert() }
        : citizenAnswers(program);
    const input = { code: program.code, form, answers, responseId: token(16), honeypot: '' };
    if (form === 'impact-questionnaire' && random() < behaviour.assisted) {
      const operator = (await ports.people.ofOpd(city, program.opd, 'opd-operator')).find(
        (p) => p.active !== false,
      );
      if (operator) {
        await recordAssistedResponse(respondDeps, input, {
          subject: operator.personId,
          city,
          opd: program.opd,
          roles: ['opd-operator'],
        });
        counts.impactResponses++;
        counts.assistedResponses++;
        return;
      }
    }
    await recordPublicResponse(respondDeps, input, { device: token(32), address: address() });
    if (form === 'impact-questionnaire') counts.impactResponses++;
    else counts.citizenResponses++;
  };

  const citizenAnswers = (program: ImpactProgram) => {
    const aware = random() < 0.8;
    const used = aware && random() < 0.7;
    const district = random() < 0.85 ? pick(program.districts)?.id : undefined;
    return {
      experience: used ? 'used' : aware ? 'aware' : 'unaware',
      ...(used ? { satisfaction: 2 + Math.floor(random() * 4) } : {}),
      ...(district ? { district } : {}),
    };
  };

  /** The lead's choice, then each program's responses spread over the days after it. */
  const choose = async () => {
    const { candidates } = await programCandidates(deps, city, year, zone);
    const programs = impactSlots(impactSettingsOf(cycle)).flatMap((slot) => {
      const [best] = candidatesFor(slot, candidates);
      return best ? [{ slot: slot.slot, submissionId: best.submissionId }] : [];
    });
    if (programs.length === 0) return;
    const lead = (await ports.people.evaluators(city)).find(leadOf)?.personId ?? 'evaluator';
    const { plan: chosen } = await choosePrograms(deps, lead, city, year, { programs });
    counts.programs = chosen.programs.length;
    counts.owners = new Set(chosen.programs.map((p) => p.opd)).size;
    const beforeDue = workingDays(addDays(chooseDay, 1), phase.due);
    const afterDue = workingDays(addDays(phase.due, 1), phase.closes);
    for (const program of chosen.programs) {
      const draw = random();
      const collected =
        draw < behaviour.onTime + behaviour.late
          ? program.required
          : Math.floor(program.required * (1 - behaviour.shortBy));
      const days = draw < behaviour.onTime || afterDue.length === 0 ? beforeDue : [...beforeDue, ...afterDue];
      for (let n = 0; n < collected; n++) {
        const day =
          draw >= behaviour.onTime && draw < behaviour.onTime + behaviour.late && n === collected - 1
            ? (afterDue[0] ?? phase.closes)
            : (pick(beforeDue) ?? phase.due);
        plan(day, respond(program, 'impact-questionnaire'));
      }
      for (let n = 0; n < program.required * behaviour.citizensPerRequired; n++)
        plan(pick(days) ?? phase.due, respond(program, 'citizen-survey'));
    }
  };
  plan(chooseDay, choose);

  return {
    counts,
    workDay: async (day) => {
      const work = planned.get(day);
      if (!work) return;
      const at = instantAt(day, workTime, zone);
      if (at > ports.clock.now()) ports.clock.set(at);
      // Planned while working through the day: the choice plans responses for later days only.
      for (const next of work) await next();
      planned.delete(day);
    },
  };
}

/** The impact survey obligations of the cycle its OPDs answered (all their programs' questionnaires in). */
export async function answeredSurveys(ports: Ports, city: string, year: number): Promise<number> {
  const plan = await ports.surveys.plan(city, year);
  const owners = [...new Set(plan?.programs.map((p) => p.opd) ?? [])];
  const obligations = await Promise.all(
    owners.map((opd) => ports.obligations.get(obligationIdOf(city, year, opd, impactSurveyKind.id))),
  );
  return obligations.filter((o) => o?.status === 'submitted').length;
}

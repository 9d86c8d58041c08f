import { selfAssessmentPhase } from '#functions/assessment/self-assessment-kind.ts';
import { leadOf } from '#functions/directory/evaluation-lead.ts';
import { phaseOf } from '#functions/obligations/kinds/phases.ts';
import type { Cycle } from '#functions/obligations/model.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import { instantAt, isWorkingDay } from '#functions/platform/time/calendar.ts';
import { addDays } from '#functions/platform/time/days.ts';
import type { Visit } from '#functions/visits/visit-model.ts';
import { confirmVisit, proposeVisit } from '#functions/visits/visit-schedule.ts';
import { visitSettingsOf } from '#functions/visits/visit-settings.ts';
import type { LocalRuntimePorts } from '../local-ports.ts';
import type { StoredSchedule } from '../local-scheduler.ts';
import type { VirtualClock } from '../virtual-clock.ts';
import { recordSimulatedFindings } from './visit-findings.ts';
import { announceSimulatedSelection, drawSimulatedSelection, selectionDays } from './visit-selection.ts';

/**
 * How the visit teams and the heads of OPD behave: a team proposes a date in the first three
 * working days of the window, at least three working days ahead (so that the other side answers,
 * and everyone is reminded, before the day); one head in four asks for another day.
 */
const behaviour = { proposingDays: 3, leadDays: 3, counterProposal: 1 / 4 };

/** The hour of the day the lead, the teams and the heads act: after the verifiers' decisions of 14:00. */
const workTime = '15:00';

type Ports = LocalRuntimePorts & { clock: VirtualClock };

/** The visits part of a simulated year. */
export interface VisitSimulation {
  /** The selection's, the scheduling's and the findings' work planned for `day`, at 15:00. */
  workDay(day: string): Promise<void>;
}

/** The working days from `opens` to `closes`, both included. */
function workingDays(cycle: Cycle, opens: string, closes: string): string[] {
  const days: string[] = [];
  for (let day = opens; day <= closes; day = addDays(day, 1))
    if (isWorkingDay(cycle.calendar, day)) days.push(day);
  return days;
}

/**
 * Plans the evaluation visits of the cycle when it has the self-assessment phase (nothing
 * otherwise): the lead announces and draws the selection, each visit's team and the head of the
 * OPD agree on a date through the same commands as their pages, and the team records a finding
 * of each indicator of the OPD's review on the day. Every draw comes from `random`, in a fixed
 * order, so the same seed gives the same visits.
 */
export function planVisits(
  ports: Ports,
  cycle: Cycle,
  random: () => number,
  fire: (schedule: StoredSchedule) => Promise<void>,
): VisitSimulation {
  const phase = phaseOf(cycle, selfAssessmentPhase);
  if (!phase) return { workDay: async () => {} };
  const { city, year } = cycle;
  const deps = { ...ports, newId: () => crypto.randomUUID() };
  const days = selectionDays(cycle, phase.due);
  const window = visitSettingsOf(cycle);
  const windowDays = workingDays(cycle, window.opens, window.closes);
  const planned = new Map<string, (() => Promise<void>)[]>();
  const plan = (day: string | undefined, work: () => Promise<void>) => {
    if (day) planned.set(day, [...(planned.get(day) ?? []), work]);
  };
  let lead = 'evaluator';
  const leadNow = async () => {
    lead = (await ports.people.evaluators(city)).find(leadOf)?.personId ?? lead;
    return lead;
  };
  const evaluator = (subject: string): Identity => ({ subject, city, roles: ['evaluator'] });
  /** A random index from `low` to `high` but `not`, or none when there is none. */
  const between = (low: number, high: number, not?: number) => {
    const choices = Array.from({ length: Math.max(0, high - low + 1) }, (_, i) => low + i).filter(
      (i) => i !== not,
    );
    return choices.length === 0 ? undefined : choices[Math.floor(random() * choices.length)];
  };

  /** The head of the OPD, as the directory holds them now. */
  const headOf = async (opd: string): Promise<Identity | undefined> => {
    const head = (await ports.people.ofOpd(city, opd, 'opd-head')).find((p) => p.active !== false);
    return head && { subject: head.personId, city, opd, roles: ['opd-head'] };
  };
  const placeOf = async (opd: string) => `Kantor ${(await ports.directory.getOpd(city, opd))?.name ?? opd}`;
  const slot = async (opd: string, date: string) => ({
    date,
    start: '09:00',
    end: '12:00',
    place: await placeOf(opd),
  });

  /** On the day of the visit, if it is still that day's: the member's finding of each indicator. */
  const findings = (opd: string, member: Identity, date: string) => async () => {
    const visit = await ports.visits.get(city, year, opd);
    if (visit?.status === 'confirmed' && visit.slot?.date === date)
      await recordSimulatedFindings(deps, member, year, opd, random);
  };
  const onTheDay = (visit: Visit, member: Identity) => {
    if (visit.slot) plan(visit.slot.date, findings(visit.opd, member, visit.slot.date));
  };

  /** The team confirms the date the head proposed, and will record its findings on the day. */
  const teamConfirms = (opd: string, member: Identity) => async () => {
    const visit = await ports.visits.get(city, year, opd);
    if (visit?.status !== 'proposed' || visit.slot?.side !== 'opd') return;
    onTheDay((await confirmVisit(deps, member, year, opd, { revision: visit.revision })).visit, member);
  };

  /** The head confirms the team's date, or proposes `otherDay` for the team to confirm on `next`. */
  const headAnswers =
    (opd: string, member: Identity, otherDay: string | undefined, next: string | undefined) => async () => {
      const visit = await ports.visits.get(city, year, opd);
      const head = await headOf(opd);
      if (!head || visit?.status !== 'proposed' || visit.slot?.side !== 'team') return;
      if (otherDay && next) {
        await proposeVisit(deps, head, year, opd, {
          revision: visit.revision,
          ...(await slot(opd, otherDay)),
          note: 'Kepala OPD berhalangan pada tanggal yang diusulkan.',
        });
        plan(next, teamConfirms(opd, member));
        return;
      }
      onTheDay((await confirmVisit(deps, head, year, opd, { revision: visit.revision })).visit, member);
    };

  /** On the window's first working day: when each visit not yet scheduled is proposed and answered. */
  const scheduleVisits = async () => {
    const last = windowDays.length - 1;
    for (const visit of await ports.visits.ofCycle(city, year)) {
      if (visit.status !== 'unscheduled') continue;
      const team = visit.team.length > 0 ? visit.team : [await leadNow()];
      const member = evaluator(team[Math.floor(random() * team.length)] ?? lead);
      const proposing = Math.min(
        Math.floor(random() * behaviour.proposingDays),
        Math.max(0, last - behaviour.leadDays),
      );
      const day = between(proposing + behaviour.leadDays, last) ?? between(proposing + 1, last);
      if (day === undefined) continue;
      const other =
        random() < behaviour.counterProposal
          ? between(proposing + behaviour.leadDays + 1, last, day)
          : undefined;
      const { opd } = visit;
      plan(windowDays[proposing], async () => {
        const now = await ports.visits.get(city, year, opd);
        if (now?.status !== 'unscheduled') return;
        await proposeVisit(deps, member, year, opd, {
          revision: now.revision,
          ...(await slot(opd, windowDays[day] ?? '')),
        });
      });
      plan(
        windowDays[proposing + 1],
        headAnswers(
          opd,
          member,
          other === undefined ? undefined : windowDays[other],
          windowDays[proposing + 2],
        ),
      );
    }
  };

  return {
    async workDay(day) {
      const work: (() => Promise<void>)[] = [];
      if (day === days.announce)
        work.push(async () => {
          await announceSimulatedSelection(deps, cycle, phase.due, await leadNow());
        });
      if (day === days.lottery)
        work.push(async () => {
          await drawSimulatedSelection(deps, cycle, day, await leadNow(), random);
        });
      if (day === windowDays[0]) work.push(scheduleVisits);
      if (work.length === 0 && !planned.has(day)) return;
      const at = instantAt(day, workTime, cycle.calendar.timeZone);
      // The invitations and reminders due before then go out first, at their own time.
      if (at > ports.clock.now()) await ports.localScheduler.runUntil(at, fire);
      for (const step of work) await step();
      // What is planned for today is read after the steps, which may plan some of it.
      for (const step of planned.get(day) ?? []) await step();
      planned.delete(day);
    },
  };
}

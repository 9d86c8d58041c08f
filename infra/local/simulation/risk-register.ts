import { RISK_REGISTER_FORM_ID } from '#forms/risks/risk-register-form.ts';
import { submissionDepsOf } from '#functions/app/deps.ts';
import { obligationDepsOf } from '#functions/app/obligation-deps.ts';
import { leadOf } from '#functions/directory/evaluation-lead.ts';
import { phaseOf } from '#functions/obligations/kinds/phases.ts';
import type { Cycle } from '#functions/obligations/model.ts';
import {
  addWorkingDays,
  instantAt,
  localDateOf,
  previousWorkingDay,
} from '#functions/platform/time/calendar.ts';
import { addDays } from '#functions/platform/time/days.ts';
import { chooseQuickWins } from '#functions/risks/choose-quick-wins.ts';
import type { QuickWin } from '#functions/risks/plan-model.ts';
import { registerIdOf } from '#functions/risks/registers.ts';
import { mayReview, reviewRegister } from '#functions/risks/review-register.ts';
import { riskPhase } from '#functions/risks/risk-kind.ts';
import { submit } from '#functions/submissions/submit.ts';
import { programCandidates } from '#functions/surveys/program-candidates.ts';
import type { LocalRuntimePorts } from '../local-ports.ts';
import type { VirtualClock } from '../virtual-clock.ts';

/**
 * How the quick-win OPDs and the evaluators behave: the lead marks the innovations that reached
 * the most people as quick wins; most owners submit their register before the due date, some
 * after it, some never; an evaluator decides two working days after a register comes in, and
 * asks for a revision of some first submissions (resubmitted within a week).
 */
const behaviour = { quickWins: 6, onTime: 0.75, late: 0.1, revise: 0.3, minRisks: 2, maxRisks: 5 };

type Ports = LocalRuntimePorts & { clock: VirtualClock };

/** What the risk registers of a simulated year did. */
export interface RiskCounts {
  quickWins: number;
  /** The OPDs that own a quick win: each owes a register. */
  owners: number;
  submitted: number;
  resubmitted: number;
  risks: number;
  revisionsAsked: number;
  accepted: number;
}

export interface RiskSimulation {
  /** The choice, the registers and the reviews planned for `day`. */
  workDay(day: string): Promise<void>;
  readonly counts: RiskCounts;
}

/** Fifteen working days before the due date: the innovation reports are in by then. */
const chooseBefore = 15;

/**
 * Plans the quick-win risk registers of the cycle when it has their phase (nothing otherwise),
 * through the use cases their pages call: the lead's choice on a 3 by 3 scale, each owner's
 * register (a form tailored to its quick wins), and the evaluators' decisions. Every decision
 * comes from `random`, in a fixed order, so the same seed gives the same registers.
 */
export function planRiskRegisters(ports: Ports, cycle: Cycle, random: () => number): RiskSimulation {
  const counts: RiskCounts = {
    quickWins: 0,
    owners: 0,
    submitted: 0,
    resubmitted: 0,
    risks: 0,
    revisionsAsked: 0,
    accepted: 0,
  };
  const phase = phaseOf(cycle, riskPhase);
  if (!phase) return { workDay: async () => {}, counts };
  const { city, year } = cycle;
  const zone = cycle.calendar.timeZone;
  const newId = () => crypto.randomUUID();
  const deps = { ...ports, newId };
  const submissions = submissionDepsOf(deps);
  const reviewDeps = { ...deps, obligationDeps: obligationDepsOf(deps) };
  const planned = new Map<string, (() => Promise<void>)[]>();
  const plan = (day: string, work: () => Promise<void>) => {
    planned.set(day, [...(planned.get(day) ?? []), work]);
  };
  const within = (n: number) => Math.floor(random() * n);
  let chooseDay = phase.due;
  for (let n = 0; n < chooseBefore; n++)
    chooseDay = previousWorkingDay(cycle.calendar, addDays(chooseDay, -1));

  const risk = (program: QuickWin, n: number) => ({
    program: program.submissionId,
    risk: `Risiko ${n + 1} program ${program.name}`,
    cause: 'Keterbatasan anggaran dan sumber daya manusia pengelola.',
    category: ['operational', 'technology', 'financial', 'compliance'][within(4)],
    likelihood: 1 + within(3),
    impact: 1 + within(3),
    mitigationType: random() < 0.5 ? 'structural' : 'non-structural',
    mitigation: 'Menyusun SOP dan melatih petugas pengelola.',
    owner: `pic-${program.opd}@jambikota.go.id`,
    due: `${year + 1}-0${1 + within(6)}-15`,
  });

  const registerOf = (programs: readonly QuickWin[]) =>
    programs.flatMap((program) =>
      Array.from(
        { length: behaviour.minRisks + within(behaviour.maxRisks - behaviour.minRisks + 1) },
        (_, n) => risk(program, n),
      ),
    );

  /** The OPD's register submitted at 10:00, then its review planned two working days on. */
  const send = (opd: string, programs: readonly QuickWin[], again: boolean) => async () => {
    const risks = registerOf(programs);
    const identity = { subject: `operator-${opd}`, city, opd, roles: ['opd-operator' as const] };
    await submit(submissions, identity, RISK_REGISTER_FORM_ID, { formVersion: year, answers: { risks } });
    counts.risks += risks.length;
    if (again) counts.resubmitted++;
    else counts.submitted++;
    const day = addWorkingDays(cycle.calendar, localDateOf(ports.clock.now(), zone), 2);
    plan(day, review(opd, programs, again));
  };

  /** An evaluator who is not staff of the OPD accepts the register, or asks for a revision of a first one. */
  const review = (opd: string, programs: readonly QuickWin[], second: boolean) => async () => {
    const identities = (await ports.people.evaluators(city)).map((p) => ({
      subject: p.personId,
      city,
      roles: ['evaluator' as const],
    }));
    let identity: (typeof identities)[number] | undefined;
    for (const candidate of identities)
      if (!identity && (await mayReview(deps, candidate, opd))) identity = candidate;
    if (!identity) return;
    const obligation = await ports.obligations.get(registerIdOf({ city, year }, opd));
    if (obligation?.status !== 'submitted') return;
    const today = localDateOf(ports.clock.now(), zone);
    if (!second && random() < behaviour.revise) {
      const due = addWorkingDays(cycle.calendar, today, 5);
      await reviewRegister(reviewDeps, identity, year, opd, {
        decision: 'revise',
        due,
        note: 'Lengkapi penyebab setiap risiko dan tetapkan penanggung jawab mitigasi per kegiatan.',
      });
      counts.revisionsAsked++;
      plan(addWorkingDays(cycle.calendar, today, 1 + within(4)), send(opd, programs, true));
    } else {
      await reviewRegister(reviewDeps, identity, year, opd, { decision: 'accept' });
      counts.accepted++;
    }
  };

  const choose = async () => {
    const { candidates } = await programCandidates(deps, city, year, zone);
    const chosen = [...candidates]
      .sort((a, b) => b.peopleReached - a.peopleReached || a.opd.localeCompare(b.opd))
      .slice(0, behaviour.quickWins);
    if (chosen.length === 0) return;
    const lead = (await ports.people.evaluators(city)).find(leadOf)?.personId ?? 'evaluator';
    const { plan: risks } = await chooseQuickWins(deps, lead, city, year, {
      scale: 3,
      programs: chosen.map((c) => c.submissionId),
    });
    counts.quickWins = risks.programs.length;
    const owners = new Map<string, QuickWin[]>();
    for (const program of risks.programs)
      owners.set(program.opd, [...(owners.get(program.opd) ?? []), program]);
    counts.owners = owners.size;
    for (const [opd, programs] of owners) {
      const draw = random();
      const offset = within(8);
      if (draw < behaviour.onTime) plan(addDays(phase.due, -1 - offset), send(opd, programs, false));
      else if (draw < behaviour.onTime + behaviour.late)
        plan(addDays(phase.due, 1 + (offset % 7)), send(opd, programs, false));
    }
  };
  plan(chooseDay, choose);

  return {
    counts,
    workDay: async (day) => {
      const work = planned.get(day);
      if (!work) return;
      planned.delete(day);
      const at = instantAt(day, '10:30', zone);
      if (at > ports.clock.now()) ports.clock.set(at);
      for (const next of work) await next();
    },
  };
}

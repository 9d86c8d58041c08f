import { formCatalog } from '#forms/catalog.ts';
import { moduleKinds } from '#functions/app/generated/kinds.ts';
import { innovationReportKind } from '#functions/obligations/kinds/innovation-report.ts';
import { phaseOf } from '#functions/obligations/kinds/phases.ts';
import { createSubmissionLinker } from '#functions/obligations/record-submission.ts';
import { instantAt, localDateOf } from '#functions/platform/time/calendar.ts';
import { addDays } from '#functions/platform/time/days.ts';
import { submit } from '#functions/submissions/submit.ts';
import type { LocalRuntimePorts } from '../local-ports.ts';
import type { StoredSchedule } from '../local-scheduler.ts';
import type { VirtualClock } from '../virtual-clock.ts';
import { answeredSurveys, planImpactSurvey, type SurveyCounts } from './impact-survey.ts';
import { simulatedInnovation } from './innovation.ts';
import { seededRandom } from './random.ts';
import { planRiskRegisters, type RiskCounts } from './risk-register.ts';
import { planSelfAssessments, type SelfAssessmentCounts } from './self-assessment.ts';
import { countAudit, countOutbox, countVisits, outboxKeys, type YearSummary } from './summary.ts';
import { planVisits } from './visits.ts';

export interface SimulationOptions {
  city: string;
  year: number;
  seed: number;
  /** Last local date simulated (default 31 December of the year). */
  until?: string;
  onProgress?: (day: number, days: number) => void;
}

/** How the demo OPDs behave: most submit on time, some late, some never. */
const behaviour = { onTime: 0.6, late: 0.15 };

/**
 * Runs a cycle's year on the virtual clock, a day at a time: fires the day's schedules (reminders
 * at 08:00), lets the OPDs that planned to submit that day do so at 10:00, fires the rest of the
 * day. OPDs decide from a seeded random draw, so the same seed gives the same year. With the
 * self-assessment phase, the OPDs assess themselves, the verifiers review the assessments, and
 * the evaluation visits follow (`visits.ts`). With the impact phase, the lead chooses the impact
 * survey's programs and their questionnaires and citizen responses come in (`impact-survey.ts`).
 * With the risk register phase, the lead marks the quick wins, their OPDs submit registers and
 * the evaluators review them (`risk-register.ts`).
 */
export async function simulateYear(
  ports: LocalRuntimePorts & { clock: VirtualClock },
  fire: (schedule: StoredSchedule) => Promise<void>,
  options: SimulationOptions,
): Promise<
  YearSummary & {
    submissions: number;
    selfAssessments: SelfAssessmentCounts;
    surveys: SurveyCounts & { obligationsAnswered: number };
    risks: RiskCounts;
    days: number;
  }
> {
  const cycle = await ports.cycles.getCycle(options.city, options.year);
  if (!cycle) throw new Error(`No cycle ${options.year} for ${options.city}: run 'siklus cycle start' first`);
  // The demo OPDs answer the innovation report, around the due date of its phase.
  const due = phaseOf(cycle, innovationReportKind.phase)?.due;
  if (!due) throw new Error(`The cycle ${options.year} of ${options.city} has no innovation phase`);
  const zone = cycle.calendar.timeZone;
  const random = seededRandom(options.seed);
  const plan = new Map<string, { opd: string; name: string }[]>();
  let cursor: string | undefined;
  do {
    const page = await ports.directory.opdPage(options.city, 100, cursor);
    for (const opd of page.opds) {
      const draw = random();
      const offset = Math.floor(random() * 60);
      const day =
        draw < behaviour.onTime
          ? addDays(due, -offset - 1)
          : draw < behaviour.onTime + behaviour.late
            ? addDays(due, 1 + (offset % 20))
            : undefined;
      if (day) plan.set(day, [...(plan.get(day) ?? []), { opd: opd.opd, name: opd.name }]);
    }
    cursor = page.cursor;
  } while (cursor);

  // A stream of its own, so that the innovation reports' plan stays what it was for a seed.
  const selfAssessments = await planSelfAssessments(ports, cycle, seededRandom(options.seed + 1));
  const visits = planVisits(ports, cycle, seededRandom(options.seed + 2), fire);
  const surveys = planImpactSurvey(ports, cycle, seededRandom(options.seed + 3));
  const risks = planRiskRegisters(ports, cycle, seededRandom(options.seed + 4));
  const first = localDateOf(ports.clock.now(), zone);
  const last = options.until ?? `${options.year}-12-31`;
  const days = Math.round((Date.parse(last) - Date.parse(first)) / 86_400_000) + 1;
  const linker = createSubmissionLinker({ ...ports, newId: () => crypto.randomUUID(), kinds: moduleKinds });
  const deps = {
    store: ports.submissions,
    forms: formCatalog,
    files: ports.files,
    clock: ports.clock,
    newId: () => crypto.randomUUID(),
    onSubmitted: linker,
  };
  let submissions = 0;
  for (let i = 0; i < days; i++) {
    const day = addDays(first, i);
    await ports.localScheduler.runUntil(instantAt(day, '09:00', zone), fire);
    for (const { opd, name } of plan.get(day) ?? []) {
      const submitAt = instantAt(day, '10:00', zone);
      if (submitAt > ports.clock.now()) ports.clock.set(submitAt);
      const identity = {
        subject: `operator-${opd}`,
        city: options.city,
        opd,
        roles: ['opd-operator' as const],
      };
      await submit(deps, identity, innovationReportKind.formId, {
        formVersion: 1,
        answers: simulatedInnovation(name, i),
      });
      submissions++;
    }
    await selfAssessments.submitDay(day);
    await selfAssessments.decideDay(day);
    await surveys.workDay(day);
    await risks.workDay(day);
    await visits.workDay(day);
    await ports.localScheduler.runUntil(instantAt(addDays(day, 1), '00:00', zone), fire);
    options.onProgress?.(i + 1, days);
  }
  return {
    outbox: countOutbox(outboxKeys(ports.outbox)),
    audit: await countAudit(ports.audit, options.city),
    visits: await countVisits(ports, options.city, options.year),
    submissions,
    selfAssessments: { ...selfAssessments.counts },
    surveys: {
      ...surveys.counts,
      obligationsAnswered: await answeredSurveys(ports, options.city, options.year),
    },
    risks: { ...risks.counts },
    days,
  };
}

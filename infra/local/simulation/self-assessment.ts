import type { Answers } from '#forms/engine/definition.ts';
import type { Instrument } from '#forms/instrument/model.ts';
import { responsibleIndicators, selfAssessmentFieldId } from '#forms/instrument/self-assessment-fields.ts';
import { SELF_ASSESSMENT_FORM_ID } from '#forms/instrument/self-assessment-form.ts';
import { submissionDepsOf } from '#functions/app/deps.ts';
import { obligationDepsOf } from '#functions/app/obligation-deps.ts';
import { instrumentOfYear } from '#functions/assessment/cycle-instrument.ts';
import { recordVerification } from '#functions/assessment/record-verification.ts';
import { reviewCallerOf } from '#functions/assessment/review/evaluators.ts';
import { reviewDepsOf } from '#functions/assessment/review-deps.ts';
import { acceptAssessment, requestRevisionOfOpd } from '#functions/assessment/review-obligation.ts';
import { selfAssessmentPhase } from '#functions/assessment/self-assessment-kind.ts';
import { phaseOf } from '#functions/obligations/kinds/phases.ts';
import type { Cycle } from '#functions/obligations/model.ts';
import { addWorkingDays, instantAt } from '#functions/platform/time/calendar.ts';
import { addDays } from '#functions/platform/time/days.ts';
import { submit } from '#functions/submissions/submit.ts';
import type { LocalRuntimePorts } from '../local-ports.ts';
import type { VirtualClock } from '../virtual-clock.ts';

/**
 * How the OPDs and the evaluators behave in the simulated self-assessment: most OPDs submit
 * before the due date, some late, some never; a verifier asks for a revision of some first rounds
 * (an OPD that revises resubmits within a week), and sees some claims one level too high.
 */
const behaviour = { onTime: 0.7, late: 0.15, revise: 0.4, overClaim: 0.25, slowVerifierEvery: 8 };

type Ports = LocalRuntimePorts & { clock: VirtualClock };

/** The self-assessment part of a simulated year: who submits when, and what the verifiers decide. */
export interface SelfAssessmentSimulation {
  /** Submits what is planned for `day` at 10:00 (first submissions and revisions). */
  submitDay(day: string): Promise<void>;
  /** The verifiers' decisions of `day`, at 14:00. */
  decideDay(day: string): Promise<void>;
  readonly counts: SelfAssessmentCounts;
}

/** Self-assessments the simulated OPDs sent: first submissions, and revisions asked of them. */
export interface SelfAssessmentCounts {
  submitted: number;
  resubmitted: number;
  /** Rounds a verifier decided after their due date. */
  decidedLate: number;
}

/**
 * Plans a city's self-assessments of the cycle from a seeded draw (none when the cycle has no
 * self-assessment phase or its year no instrument), and runs them through the real use cases: the
 * submission starts `submission-review`, the verifiers decide through the same commands as their
 * pages, and the OPD's obligation follows.
 */
export async function planSelfAssessments(
  ports: Ports,
  cycle: Cycle,
  random: () => number,
): Promise<SelfAssessmentSimulation> {
  const counts: SelfAssessmentCounts = { submitted: 0, resubmitted: 0, decidedLate: 0 };
  const phase = phaseOf(cycle, selfAssessmentPhase);
  const instrument = phase && (await instrumentOfYear(ports.instruments, cycle.city, cycle.year));
  const idle: SelfAssessmentSimulation = { submitDay: async () => {}, decideDay: async () => {}, counts };
  if (!phase || !instrument) return idle;
  const zone = cycle.calendar.timeZone;
  const newId = () => crypto.randomUUID();
  const submissions = submissionDepsOf({ ...ports, newId });
  const obligations = obligationDepsOf({ ...ports, newId });
  const reviewDeps = reviewDepsOf({ ...ports, newId });
  /** Submissions planned per day: the OPD, and for a revision the levels the verifier accepted. */
  const planned = new Map<string, { opd: string; levels?: Record<string, number> }[]>();
  const plan = (day: string, entry: { opd: string; levels?: Record<string, number> }) =>
    planned.set(day, [...(planned.get(day) ?? []), entry]);
  let cursor: string | undefined;
  do {
    const page = await ports.directory.opdPage(cycle.city, 100, cursor);
    for (const opd of page.opds) {
      if (responsibleIndicators(instrument, opd.opd).length === 0) continue;
      const draw = random();
      const offset = Math.floor(random() * 20);
      if (draw < behaviour.onTime) plan(addDays(phase.due, -offset - 1), { opd: opd.opd });
      else if (draw < behaviour.onTime + behaviour.late)
        plan(addDays(phase.due, 1 + (offset % 10)), { opd: opd.opd });
    }
    cursor = page.cursor;
  } while (cursor);

  const claimsOf = (opd: string) =>
    Object.fromEntries(
      responsibleIndicators(instrument, opd).map((i) => [i.id, 1 + Math.floor(random() * 5)]),
    );
  /** The day each round is decided, drawn when first seen: most before the due date, a few after. */
  const decisionDays = new Map<string, string>();

  return {
    counts,
    async submitDay(day) {
      for (const { opd, levels } of planned.get(day) ?? []) {
        const at = instantAt(day, '10:00', zone);
        if (at > ports.clock.now()) ports.clock.set(at);
        const identity = {
          subject: `operator-${opd}`,
          city: cycle.city,
          opd,
          roles: ['opd-operator' as const],
        };
        const answers = answersOf(instrument, opd, levels ?? claimsOf(opd));
        await submit(submissions, identity, SELF_ASSESSMENT_FORM_ID, {
          formVersion: instrument.version,
          answers,
        });
        if (levels) counts.resubmitted++;
        else counts.submitted++;
      }
    },
    async decideDay(day) {
      const at = instantAt(day, '14:00', zone);
      if (at > ports.clock.now()) ports.clock.set(at);
      for (const evaluator of await ports.people.evaluators(cycle.city)) {
        const { entries } = await ports.reviews.queue(cycle.city, evaluator.personId, { limit: 100 });
        const caller = await reviewCallerOf(ports.people, {
          subject: evaluator.personId,
          city: cycle.city,
          roles: ['evaluator'],
        });
        for (const entry of entries) {
          const key = `${entry.reviewId}#${entry.round}`;
          if (!decisionDays.has(key)) {
            // One round in eight, in the order they are first seen, waits past its due date.
            const late = decisionDays.size % behaviour.slowVerifierEvery === behaviour.slowVerifierEvery - 1;
            decisionDays.set(
              key,
              late
                ? addWorkingDays(cycle.calendar, entry.due, 2)
                : addDays(entry.due, -Math.floor(random() * 8)),
            );
          }
          if ((decisionDays.get(key) ?? day) > day) continue;
          const review = await ports.reviews.get(cycle.city, entry.year, entry.opd);
          if (review?.status !== 'in_review') continue;
          if (day > review.due) counts.decidedLate++;
          const levels = Object.fromEntries(
            Object.entries(review.indicators).map(([id, s]) => {
              const lower = s.claimed > 1 && random() < behaviour.overClaim;
              return [id, { level: (lower ? s.claimed - 1 : s.claimed) as 1 | 2 | 3 | 4 | 5 }];
            }),
          );
          const on = { year: review.year, opd: review.opd };
          const verified = await recordVerification(reviewDeps, caller, {
            ...on,
            revision: review.revision,
            levels,
          });
          const round = { reviews: reviewDeps, obligations };
          const revision = verified.review.revision;
          if (review.round === 1 && random() < behaviour.revise) {
            const [first = ''] = Object.keys(levels);
            const due = addWorkingDays(cycle.calendar, day, 5);
            await requestRevisionOfOpd(round, caller, {
              ...on,
              revision,
              comments: { [first]: 'Lampirkan dokumen bukti yang ditetapkan dengan SK.' },
              due,
            });
            const accepted = Object.fromEntries(Object.entries(levels).map(([id, l]) => [id, l.level]));
            plan(addWorkingDays(cycle.calendar, day, 1 + Math.floor(random() * 4)), {
              opd: review.opd,
              levels: accepted,
            });
          } else {
            await acceptAssessment(round, caller, { ...on, revision });
          }
        }
      }
    },
  };
}

/** A complete self-assessment at the given levels, with a justification and, from level 2, a link as evidence. */
function answersOf(instrument: Instrument, opd: string, levels: Record<string, number>): Answers {
  const answers: Record<string, unknown> = {};
  for (const { id } of responsibleIndicators(instrument, opd)) {
    const level = levels[id] ?? 1;
    answers[selfAssessmentFieldId(id, 'level')] = level;
    answers[selfAssessmentFieldId(id, 'justification')] =
      `Tingkat ${level} tercapai; bukti dukung terlampir.`;
    if (level > 1)
      answers[selfAssessmentFieldId(id, 'evidenceLink')] = `https://jambikota.go.id/bukti/${opd}/${id}.pdf`;
  }
  return answers;
}

import type { Opd } from '#functions/directory/model.ts';
import { deadlineInstant } from '#functions/obligations/deadline.ts';
import type { ObligationKind } from '#functions/obligations/kinds/define.ts';
import { phaseOf } from '#functions/obligations/kinds/phases.ts';
import { reminderSlots } from '#functions/obligations/reminder-policy.ts';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { obligationAudit } from './audit-events.ts';
import { obligationMail } from './compose-mail.ts';
import type { ObligationDeps } from './deps.ts';
import {
  type Cycle,
  type CyclePhase,
  type Obligation,
  obligationIdOf,
  outstandingStatuses,
} from './model.ts';
import { notify } from './notify.ts';
import { createSubmissionLinker, submissionOfYear } from './record-submission.ts';
import { reminderWorkflow, scheduleName } from './schedules.ts';

/** OPDs per batch: one task invocation opens this many, so no execution grows with the city. */
export const kickoffBatchSize = 25;

export interface KickoffBatchInput {
  city: string;
  year: number;
  /**
   * Only these kinds (by id), for a kind whose owers are known only later in the cycle (the
   * impact survey's, once its programs are chosen); absent: every kind the cycle has.
   */
  kinds?: readonly string[];
  cursor?: string;
}

export interface KickoffBatchResult {
  city: string;
  year: number;
  /** The kinds of the input, handed on to the next batch. */
  kinds?: readonly string[];
  /** Where the next batch starts; absent when every OPD has been opened. */
  cursor?: string;
  /** Obligations opened now, of every kind the cycle has. */
  opened: number;
  alreadyOpen: number;
  /** Obligations an OPD had already answered this year when they opened: no schedules, no kick-off email. */
  alreadySubmitted: number;
  schedules: number;
  /** Reminders already in the past when their obligation opened: not scheduled, only counted. */
  skippedReminders: number;
  emails: number;
}

/**
 * Opens the obligations of one batch of a city's OPDs, of every registered kind whose phase the
 * cycle has and that the OPD owes: the obligation itself (once), its reminder and escalation
 * schedules (fixed names, so a rerun replaces them), and the kick-off email to whoever the kind
 * reminds (claimed, so a rerun sends nothing twice).
 */
export async function openKickoffBatch(
  deps: ObligationDeps,
  input: KickoffBatchInput,
): Promise<KickoffBatchResult> {
  const city = await deps.directory.getCity(input.city);
  const cycle = await deps.cycles.getCycle(input.city, input.year);
  if (!city || !cycle) throw new InvalidInputError(`No cycle ${input.year} for city ${input.city}`);
  const page = await deps.directory.opdPage(input.city, kickoffBatchSize, input.cursor);
  const result: KickoffBatchResult = {
    city: input.city,
    year: input.year,
    ...(input.kinds ? { kinds: input.kinds } : {}),
    ...(page.cursor ? { cursor: page.cursor } : {}),
    opened: 0,
    alreadyOpen: 0,
    alreadySubmitted: 0,
    schedules: 0,
    skippedReminders: 0,
    emails: 0,
  };
  const phased = deps.kinds.all.flatMap((kind) => {
    if (input.kinds && !input.kinds.includes(kind.id)) return [];
    const phase = phaseOf(cycle, kind.phase);
    return phase ? [{ kind, phase }] : [];
  });
  for (const opd of page.opds) {
    for (const { kind, phase } of phased) {
      if (!(await kind.owedBy(opd, { cycle, ports: deps.ports }))) continue;
      const { obligation, created } = await openObligation(deps, { cycle, opd, kind, phase });
      if (created) result.opened++;
      else result.alreadyOpen++;
      if (await answeredAlready(deps, cycle, obligation)) {
        result.alreadySubmitted++;
        continue;
      }
      const plan = await scheduleSlots(deps, cycle, obligation);
      result.schedules += plan.scheduled;
      result.skippedReminders += plan.skipped;
      const recipients = await kind.reminded({ people: deps.people, city, obligation });
      const sent = await notify(deps, obligation, 'kickoff', recipients, (person) =>
        obligationMail(deps, { city, cycle, opd, obligation, person, occasion: { type: 'kickoff' } }),
      );
      result.emails += sent.sent;
    }
  }
  return result;
}

/** Links a report of the cycle's year the OPD sent before its obligation opened; true when there is one. */
async function answeredAlready(deps: ObligationDeps, cycle: Cycle, obligation: Obligation): Promise<boolean> {
  if (!outstandingStatuses.includes(obligation.status)) return obligation.status === 'submitted';
  const answer = await submissionOfYear(deps, obligation, cycle.calendar.timeZone);
  return answer !== undefined && (await createSubmissionLinker(deps)(answer)) !== undefined;
}

/** The OPD's obligation of one kind, due and closing as the kind's phase of the cycle says. */
async function openObligation(
  deps: ObligationDeps,
  { cycle, opd, kind, phase }: { cycle: Cycle; opd: Opd; kind: ObligationKind; phase: CyclePhase },
) {
  const at = deps.clock.now().toISOString();
  const obligation: Obligation = {
    obligationId: obligationIdOf(cycle.city, cycle.year, opd.opd, kind.id),
    city: cycle.city,
    year: cycle.year,
    opd: opd.opd,
    kind: kind.id,
    formId: kind.formId,
    due: phase.due,
    deadlineVersion: 1,
    deadlineAt: deadlineInstant(cycle.calendar, phase.due).toISOString(),
    closes: phase.closes,
    status: 'open',
    late: false,
    revision: 1,
    openedAt: at,
    updatedAt: at,
  };
  const created = await deps.obligations.open(
    obligation,
    obligationAudit.event('obligation.opened', {
      eventId: deps.newId(),
      at,
      actor: 'system:cycle-kickoff',
      city: cycle.city,
      opd: opd.opd,
      entityId: obligation.obligationId,
      before: null,
      after: { due: obligation.due, deadlineVersion: 1, status: 'open' },
    }),
  );
  if (created) return { obligation, created };
  const existing = await deps.obligations.get(obligation.obligationId);
  if (!existing) throw new Error(`Obligation ${obligation.obligationId} vanished`);
  return { obligation: existing, created };
}

/** Creates (or replaces) the schedules of an obligation's current deadline version. */
export async function scheduleSlots(deps: ObligationDeps, cycle: Cycle, obligation: Obligation) {
  const plan = reminderSlots(cycle.calendar, cycle.policy, obligation.due, { now: deps.clock.now() });
  for (const slot of plan.slots) {
    await deps.scheduler.schedule({
      group: deps.scheduleGroup,
      name: scheduleName(obligation, slot.slot),
      at: slot.at,
      timeZone: cycle.calendar.timeZone,
      workflow: reminderWorkflow,
      input: {
        obligationId: obligation.obligationId,
        deadlineVersion: obligation.deadlineVersion,
        slot: slot.slot,
      },
    });
  }
  return { scheduled: plan.slots.length, skipped: plan.skipped.length, slots: plan.slots };
}

import { deadlineInstant } from '#functions/obligations/deadline.ts';
import { reminderSlots } from '#functions/obligations/reminder-policy.ts';
import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import { parseInput } from '#functions/platform/input/parse-input.ts';
import { localDateOf } from '#functions/platform/time/calendar.ts';
import { announce } from './announce.ts';
import { obligationAudit } from './audit-events.ts';
import { assertDueDate, moveObligationBody, waiveObligationBody } from './change-inputs.ts';
import type { ObligationDeps } from './deps.ts';
import { scheduleSlots } from './kickoff.ts';
import { type Obligation, outstandingStatuses } from './model.ts';
import { changeSlots, scheduleName } from './schedules.ts';

const notOutstanding = (o: Obligation) =>
  new DomainError('conflict', 'obligation_closed', {
    id: `Kewajiban ini sudah berstatus ${o.status}; tenggatnya tidak dapat diubah.`,
    en: `This obligation is already ${o.status}; its deadline cannot change.`,
  });

async function load(deps: ObligationDeps, obligationId: string) {
  const obligation = await deps.obligations.get(obligationId);
  const cycle = obligation && (await deps.cycles.getCycle(obligation.city, obligation.year));
  if (!obligation || !cycle) {
    throw new DomainError('not_found', 'not_found', {
      id: 'Kewajiban tidak ditemukan.',
      en: 'The obligation was not found.',
    });
  }
  return { obligation, cycle };
}

/**
 * Moves an obligation's deadline: a new deadline version, new schedules for it, and the old
 * version's schedules deleted (any that still fire send nothing: their version is superseded).
 * A missed obligation whose new deadline is ahead is open again. Audited.
 * @throws DomainError `invalid` when `due` is no real `YYYY-MM-DD` date (`invalid_request`) or breaks a
 *   rule of the cycle (`invalid_due_date`, see `dueDateProblems` in change-inputs.ts).
 */
export async function moveDeadline(deps: ObligationDeps, actor: string, obligationId: string, due: string) {
  // The schema every caller's date goes through (the CLI hands it over as it was typed).
  parseInput(moveObligationBody, { due });
  const { obligation, cycle } = await load(deps, obligationId);
  if (!outstandingStatuses.includes(obligation.status)) throw notOutstanding(obligation);
  const today = localDateOf(deps.clock.now(), cycle.calendar.timeZone);
  assertDueDate({ year: cycle.year, calendar: cycle.calendar, today }, due);
  const at = deps.clock.now().toISOString();
  const next: Obligation = {
    ...obligation,
    due,
    deadlineVersion: obligation.deadlineVersion + 1,
    deadlineAt: deadlineInstant(cycle.calendar, due).toISOString(),
    closes: obligation.closes > due ? obligation.closes : due,
    status: obligation.status === 'missed' ? 'open' : obligation.status,
    revision: obligation.revision + 1,
    updatedAt: at,
  };
  await deps.obligations.update(
    next,
    obligation.revision,
    obligationAudit.event('obligation.moved', {
      eventId: deps.newId(),
      at,
      actor,
      city: obligation.city,
      opd: obligation.opd,
      entityId: obligationId,
      before: { due: obligation.due, deadlineVersion: obligation.deadlineVersion, status: obligation.status },
      after: { due, deadlineVersion: next.deadlineVersion, status: next.status },
    }),
  );
  const old = reminderSlots(cycle.calendar, cycle.policy, obligation.due, { now: new Date(0) });
  for (const slot of old.slots)
    await deps.scheduler.cancel(deps.scheduleGroup, scheduleName(obligation, slot.slot));
  const plan = await scheduleSlots(deps, cycle, next);
  await announce(deps, next, changeSlots.moved, { previousDue: obligation.due });
  return { obligation: next, scheduled: plan.scheduled, skipped: plan.skipped };
}

/** Waives an obligation with a reason: no more reminders or escalations. Audited. */
export async function waive(deps: ObligationDeps, actor: string, obligationId: string, reason: string) {
  // The schema every caller's reason goes through (the CLI hands it over as it was typed).
  const body = parseInput(waiveObligationBody, { reason });
  const { obligation } = await load(deps, obligationId);
  if (!outstandingStatuses.includes(obligation.status)) throw notOutstanding(obligation);
  const at = deps.clock.now().toISOString();
  const next: Obligation = {
    ...obligation,
    status: 'waived',
    waivedReason: body.reason,
    revision: obligation.revision + 1,
    updatedAt: at,
  };
  await deps.obligations.update(
    next,
    obligation.revision,
    obligationAudit.event('obligation.waived', {
      eventId: deps.newId(),
      at,
      actor,
      city: obligation.city,
      opd: obligation.opd,
      entityId: obligationId,
      before: { status: obligation.status },
      after: { status: 'waived', reason: next.waivedReason },
    }),
  );
  await announce(deps, next, changeSlots.waived);
  return next;
}

import { deadlineInstant } from '#functions/obligations/deadline.ts';
import { reminderSlots } from '#functions/obligations/reminder-policy.ts';
import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import { announce } from './announce.ts';
import { obligationAudit } from './audit-events.ts';
import type { ObligationDeps } from './deps.ts';
import { scheduleSlots } from './kickoff.ts';
import type { Cycle, Obligation, ObligationStatus } from './model.ts';
import { changeSlots, scheduleName } from './schedules.ts';

/*
 * What a review does to the obligation it reviews: a revision requested makes the obligation owed
 * again by the revision's due date, with its reminders against that date; an acceptance closes it.
 * Each change is audited in the same write, and a change already made is not made twice (a retry,
 * a double click).
 */

/** The obligation moved on since the caller read it (another decision, a waiver): nothing is changed. */
const moved = (status: string) =>
  new DomainError('conflict', 'obligation_status_changed', {
    id: `Kewajiban ini sudah berstatus ${status}; muat ulang halaman, lalu periksa kembali.`,
    en: `This obligation is ${status} by now; reload the page, then check it again.`,
  });

/** Refuses a change from a status the caller did not decide from, read inside the write's retry. */
function assertFrom(o: Obligation, from: readonly ObligationStatus[] | undefined) {
  if (from && !from.includes(o.status)) throw moved(o.status);
}

const missing = () =>
  new DomainError('not_found', 'not_found', {
    id: 'Kewajiban tidak ditemukan.',
    en: 'The obligation was not found.',
  });

/** Reads the obligation, applies `change` (none when already done) and writes it, retried when a reminder changed it meanwhile. */
async function change(
  deps: ObligationDeps,
  obligationId: string,
  plan: (obligation: Obligation) => Omit<Partial<Obligation>, 'revision'> | undefined,
  audit: (before: Obligation, after: Obligation) => Parameters<typeof obligationAudit.event>,
): Promise<{ obligation: Obligation; changed: boolean }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const obligation = await deps.obligations.get(obligationId);
    if (!obligation) throw missing();
    const planned = plan(obligation);
    if (!planned) return { obligation, changed: false };
    const next: Obligation = {
      ...obligation,
      ...planned,
      revision: obligation.revision + 1,
      updatedAt: deps.clock.now().toISOString(),
    };
    try {
      await deps.obligations.update(
        next,
        obligation.revision,
        obligationAudit.event(...audit(obligation, next)),
      );
      return { obligation: next, changed: true };
    } catch (error) {
      if (!(error instanceof StaleRevisionError)) throw error;
    }
  }
  throw new StaleRevisionError(obligationId);
}

const eventOf = (
  deps: ObligationDeps,
  actor: string,
  action: 'obligation.revision-requested' | 'obligation.accepted',
  before: Obligation,
  after: Obligation,
): Parameters<typeof obligationAudit.event> => [
  action,
  {
    eventId: deps.newId(),
    at: after.updatedAt,
    actor,
    city: after.city,
    opd: after.opd,
    entityId: after.obligationId,
    before: { status: before.status, due: before.due, deadlineVersion: before.deadlineVersion },
    after: { status: after.status, due: after.due, deadlineVersion: after.deadlineVersion },
  },
];

/**
 * The verifier asked the OPD to revise by `due`: the obligation is `revision_requested`, due then
 * (a new deadline version, whose reminders are scheduled, the old version's cancelled), its late
 * flag kept. Asking again for the same date changes nothing, and makes what a faulted first
 * request did not get to (its schedules, its email). With a `note` (a review that sends no email
 * of its own), the note is kept on the obligation and the OPD's operators are told at once,
 * through the reminder workflow. With `from`, the change is made only from those statuses, as
 * read in the write itself: a concurrent decision is refused, not overwritten.
 */
export async function obligationRevisionRequested(
  deps: ObligationDeps,
  actor: string,
  obligationId: string,
  due: string,
  options: { note?: string; from?: readonly ObligationStatus[] } = {},
): Promise<Obligation> {
  const { note, from } = options;
  const cycle = await cycleOf(deps, obligationId);
  let before: Obligation | undefined;
  const { obligation, changed } = await change(
    deps,
    obligationId,
    (o) => {
      if (o.status === 'revision_requested' && o.due === due) return undefined;
      assertFrom(o, from);
      return {
        status: 'revision_requested',
        due,
        deadlineVersion: o.deadlineVersion + 1,
        deadlineAt: deadlineInstant(cycle.calendar, due).toISOString(),
        closes: o.closes > due ? o.closes : due,
        ...(note === undefined ? {} : { revisionNote: note }),
      };
    },
    (read, after) => {
      before = read;
      return eventOf(deps, actor, 'obligation.revision-requested', read, after);
    },
  );
  // Asked again (a retry after a fault, a double click): the schedules have fixed names, so what
  // the first request did not get to is made now, and nothing twice.
  if (note !== undefined && obligation.status === 'revision_requested')
    await announce(deps, obligation, changeSlots.revision);
  if (changed && before) await reschedule(deps, cycle, before, obligation);
  else if (obligation.status === 'revision_requested' && obligation.due === due)
    await scheduleSlots(deps, cycle, obligation);
  return obligation;
}

/**
 * The verifier accepted the OPD's submission: the obligation is `accepted`, and sends nothing
 * more. With `from`, only from those statuses, as for a revision.
 */
export async function obligationAccepted(
  deps: ObligationDeps,
  actor: string,
  obligationId: string,
  options: { from?: readonly ObligationStatus[] } = {},
): Promise<Obligation> {
  const { obligation } = await change(
    deps,
    obligationId,
    (o) => {
      if (o.status === 'accepted') return undefined;
      assertFrom(o, options.from);
      return { status: 'accepted' };
    },
    (before, after) => eventOf(deps, actor, 'obligation.accepted', before, after),
  );
  return obligation;
}

async function cycleOf(deps: ObligationDeps, obligationId: string) {
  const obligation = await deps.obligations.get(obligationId);
  const cycle = obligation && (await deps.cycles.getCycle(obligation.city, obligation.year));
  if (!cycle) throw missing();
  return cycle;
}

/** The reminders of the obligation's new deadline version; the earlier version's schedules are cancelled. */
async function reschedule(deps: ObligationDeps, cycle: Cycle, before: Obligation, after: Obligation) {
  const old = reminderSlots(cycle.calendar, cycle.policy, before.due, { now: new Date(0) });
  for (const slot of old.slots)
    await deps.scheduler.cancel(deps.scheduleGroup, scheduleName(before, slot.slot));
  await scheduleSlots(deps, cycle, after);
}

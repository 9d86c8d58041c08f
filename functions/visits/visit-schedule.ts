import type { Cycle } from '#functions/obligations/model.ts';
import { type FieldError, refusals } from '#functions/platform/errors/domain-errors.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import { parseInput } from '#functions/platform/input/parse-input.ts';
import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import { isWorkingDay, localDateOf } from '#functions/platform/time/calendar.ts';
import { selectionAudit } from './audit-events.ts';
import { readVisit, sideOf, type VisitDeps } from './visit-access.ts';
import { confirmVisitBody, proposeVisitBody } from './visit-inputs.ts';
import { otherSide, type Visit } from './visit-model.ts';
import { visitRefusals } from './visit-refusals.ts';
import { scheduleVisitSends } from './visit-sends.ts';
import { visitSettingsOf } from './visit-settings.ts';

/** What a change did: the visit as it is now, and whether it repeated the last change (nothing written). */
export interface VisitOutcome {
  visit: Visit;
  replayed: boolean;
}

async function cycleOf(deps: VisitDeps, visit: Visit): Promise<Cycle> {
  const cycle = await deps.cycles.getCycle(visit.city, visit.year);
  if (!cycle) throw visitRefusals.noCycle();
  return cycle;
}

/** Reads the visit a change is about, and the caller's side of it; refuses what no change may start from. */
async function changing(deps: VisitDeps, identity: Identity, year: number, opd: string) {
  const visit = await readVisit(deps, identity, year, opd);
  const side = await sideOf(deps, identity, visit);
  if (!side) throw refusals.forbidden();
  if (visit.status === 'cancelled') throw visitRefusals.cancelled();
  return { visit, side, cycle: await cycleOf(deps, visit) };
}

/** A repeat of the change that left `visit`: nothing written, its sends scheduled again. */
async function replayed(deps: VisitDeps, cycle: Cycle, visit: Visit): Promise<VisitOutcome> {
  await scheduleVisitSends(deps, cycle, visit);
  return { visit, replayed: true };
}

/** Stores a change with its audit event, then schedules the sends of its new sequence. */
async function store(
  deps: VisitDeps,
  cycle: Cycle,
  action: 'visit.proposed' | 'visit.confirmed',
  actor: string,
  previous: Visit,
  next: Visit,
  /** Whether a visit read after losing a race is what this change would have left (a twin won). */
  isReplay: (visit: Visit) => boolean,
): Promise<VisitOutcome> {
  const facts = (v: Visit) => ({
    status: v.status,
    slot: v.slot ?? null,
    sequence: v.sequence,
    revision: v.revision,
  });
  const audit = selectionAudit.event(action, {
    eventId: deps.newId(),
    at: next.updatedAt,
    actor,
    city: next.city,
    opd: next.opd,
    entityId: next.visitId,
    before: facts(previous),
    after: facts(next),
  });
  try {
    await deps.visits.put(next, audit, previous);
  } catch (error) {
    if (!(error instanceof StaleRevisionError)) throw error;
    const now = await deps.visits.get(next.city, next.year, next.opd);
    if (now && isReplay(now)) return replayed(deps, cycle, now);
    throw visitRefusals.stale();
  }
  await scheduleVisitSends(deps, cycle, next);
  return { visit: next, replayed: false };
}

/**
 * Proposes a date for the visit (its team, or the head of the OPD): a working day of the cycle's
 * calendar inside its visit window, after today, with a start before the end. The other side is
 * asked to confirm it; a date already confirmed is replaced by the proposal. Everyone concerned
 * gets the invitation with the calendar entry updated. The same proposal again by the same person
 * (a retry, a double click) changes nothing.
 * @throws DomainError `invalid` (field by field), `not_found`, `forbidden`, `conflict`.
 */
export async function proposeVisit(
  deps: VisitDeps,
  identity: Identity,
  year: number,
  opd: string,
  body: unknown,
): Promise<VisitOutcome> {
  const input = parseInput(proposeVisitBody, body);
  const { visit, side, cycle } = await changing(deps, identity, year, opd);
  const { revision, ...proposed } = input;
  const isReplay = (v: Visit) =>
    v.status === 'proposed' &&
    v.slot?.by === identity.subject &&
    v.slot.date === proposed.date &&
    v.slot.start === proposed.start &&
    v.slot.end === proposed.end &&
    v.slot.place === proposed.place &&
    v.slot.note === proposed.note;
  // A repeat schedules its sends again (fixed names: nothing twice), in case the first scheduling failed.
  if (isReplay(visit)) return replayed(deps, cycle, visit);
  if (visit.revision !== revision) throw visitRefusals.stale();
  const { calendar } = cycle;
  const today = localDateOf(deps.clock.now(), calendar.timeZone);
  const { opens, closes } = visitSettingsOf(cycle);
  const problems: FieldError[] = [];
  if (proposed.date <= today) problems.push(visitRefusals.notAhead(today));
  else if (proposed.date < opens || proposed.date > closes)
    problems.push(visitRefusals.outsideWindow(opens, closes));
  else if (!isWorkingDay(calendar, proposed.date)) problems.push(visitRefusals.notWorkingDay());
  if (proposed.end <= proposed.start) problems.push(visitRefusals.endBeforeStart());
  if (problems.length > 0) throw refusals.invalid(problems);
  const at = deps.clock.now().toISOString();
  const { confirmed: _dropped, ...rest } = visit;
  const next: Visit = {
    ...rest,
    status: 'proposed',
    slot: { ...proposed, side, by: identity.subject, at },
    sequence: visit.sequence + 1,
    revision: visit.revision + 1,
    updatedAt: at,
  };
  return store(deps, cycle, 'visit.proposed', identity.subject, visit, next, isReplay);
}

/**
 * Confirms the date the other side proposed (the head of the OPD a date of the team, the team a
 * date of the OPD). Everyone concerned gets the confirmed invitation, and a reminder the working
 * day before. Confirming again (a retry) changes nothing.
 * @throws DomainError `invalid`, `not_found`, `forbidden`, `conflict` (`nothing_to_confirm`, stale).
 */
export async function confirmVisit(
  deps: VisitDeps,
  identity: Identity,
  year: number,
  opd: string,
  body: unknown,
): Promise<VisitOutcome> {
  const input = parseInput(confirmVisitBody, body);
  const { visit, side, cycle } = await changing(deps, identity, year, opd);
  const isReplay = (v: Visit) =>
    v.status === 'confirmed' && v.confirmed?.by === identity.subject && v.revision === input.revision + 1;
  if (isReplay(visit)) return replayed(deps, cycle, visit);
  if (visit.revision !== input.revision) throw visitRefusals.stale();
  if (visit.status !== 'proposed' || !visit.slot || visit.slot.side !== otherSide(side))
    throw visitRefusals.nothingToConfirm();
  // A date that came while the proposal waited is no date to agree to: the side proposes another.
  if (visit.slot.date <= localDateOf(deps.clock.now(), cycle.calendar.timeZone))
    throw refusals.invalid([visitRefusals.proposalPassed(visit.slot.date)]);
  const at = deps.clock.now().toISOString();
  const next: Visit = {
    ...visit,
    status: 'confirmed',
    confirmed: { by: identity.subject, at },
    sequence: visit.sequence + 1,
    revision: visit.revision + 1,
    updatedAt: at,
  };
  return store(deps, cycle, 'visit.confirmed', identity.subject, visit, next, isReplay);
}

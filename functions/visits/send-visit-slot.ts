import type { Person } from '#functions/directory/stores.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import { zoneAbbreviation } from '#functions/platform/time/zones.ts';
import { visitUid } from './mail/visit-ics.ts';
import { visitInvitation } from './mail/visit-mail.ts';
import type { VisitStore } from './stores.ts';
import type { Visit } from './visit-model.ts';
import { visitPath } from './visit-paths.ts';
import type { VisitSlotInput } from './visit-sends.ts';

/** What a fired send did. */
export interface VisitSlotResult {
  sent: number;
  alreadySent: number;
  /** Why nothing was sent: the visit changed since (a later sequence), is not confirmed, or is unknown. */
  skipped?: 'superseded' | 'not-confirmed' | 'unknown';
}

const leaseSeconds = 300;

/** Everyone a visit concerns: its team, and the head and operators of the OPD visited. */
export async function visitPeople(
  deps: Pick<ObligationDeps, 'people'>,
  visit: Visit,
): Promise<{ team: Person[]; opd: Person[] }> {
  const [team, heads, operators] = await Promise.all([
    Promise.all(visit.team.map((id) => deps.people.get(visit.city, id))),
    deps.people.ofOpd(visit.city, visit.opd, 'opd-head'),
    deps.people.ofOpd(visit.city, visit.opd, 'opd-operator'),
  ]);
  return {
    team: team.filter((p): p is Person => p !== undefined && p.active !== false),
    opd: [...heads, ...operators].filter((p) => p.active !== false),
  };
}

/**
 * A fired send of a visit: while the visit is still at the sequence it was scheduled for, the
 * invitation (or, the day before a confirmed visit, the reminder) with the calendar entry, to its
 * team and to the head and operators of the OPD, each person's email claimed before it is sent, so
 * that a retried step sends nothing twice.
 */
export async function sendVisitSlot(
  deps: ObligationDeps & { visits: Pick<VisitStore, 'get'> },
  input: VisitSlotInput,
): Promise<VisitSlotResult> {
  const visit = await deps.visits.get(input.city, input.year, input.opd);
  if (!visit) return { sent: 0, alreadySent: 0, skipped: 'unknown' };
  if (visit.sequence !== input.sequence) return { sent: 0, alreadySent: 0, skipped: 'superseded' };
  if (input.slot !== 'invitation' && visit.status !== 'confirmed')
    return { sent: 0, alreadySent: 0, skipped: 'not-confirmed' };
  const [city, opd, people] = await Promise.all([
    deps.directory.getCity(visit.city),
    deps.directory.getOpd(visit.city, visit.opd),
    visitPeople(deps, visit),
  ]);
  if (!city || !opd) throw new Error(`Visit ${visit.visitId} has no city or OPD`);
  const { timeZone } = city;
  const occasion =
    input.slot !== 'invitation'
      ? 'reminder'
      : visit.status === 'cancelled'
        ? 'cancelled'
        : visit.status === 'confirmed'
          ? 'confirmed'
          : 'proposed';
  const recipients = [...people.team, ...people.opd];
  const proposer = visit.slot ? await deps.people.get(visit.city, visit.slot.by) : undefined;
  const result: VisitSlotResult = { sent: 0, alreadySent: 0 };
  for (const person of recipients) {
    const key = `visit-${input.slot}#${visit.city}#${visit.visitId}#${visit.sequence}#${person.personId}`;
    const token = deps.newId();
    const claim = await deps.deliveries.claim(key, token, leaseSeconds);
    if (claim === 'sent' || claim === 'busy') {
      result.alreadySent++;
      continue;
    }
    const message = visitInvitation(
      {
        city,
        opd,
        visit,
        person,
        teamNames: people.team.map((p) => p.name),
        ...(proposer ? { proposerName: proposer.name } : {}),
        occasion,
        link: `${deps.baseUrl}${visitPath(visit.year, visit.opd)}`,
        timeZoneLabel: zoneAbbreviation(timeZone, deps.clock.now()),
      },
      {
        uid: visitUid(visit.city, visit.visitId, new URL(deps.baseUrl).hostname),
        now: deps.clock.now(),
        attendees: recipients.map((p) => ({ name: p.name, email: p.email })),
      },
    );
    try {
      const { messageId } = await deps.mailer.send({ ...message, to: person.email, idempotencyKey: key });
      await deps.deliveries.markSent(key, token, messageId);
      result.sent++;
    } catch (error) {
      await deps.deliveries.release(key, token);
      throw error;
    }
  }
  return result;
}

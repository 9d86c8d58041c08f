import { createHash } from 'node:crypto';
import type { City } from '#functions/directory/model.ts';
import type { Person } from '#functions/directory/stores.ts';
import { kindOf } from '#functions/obligations/kinds/lookup.ts';
import { escalationDigestEmail } from '#functions/obligations/mail/digest-email.ts';
import { instantAt, localDateOf } from '#functions/platform/time/calendar.ts';
import { citySender, obligationMail } from './compose-mail.ts';
import type { ObligationDeps } from './deps.ts';
import { type Cycle, type Obligation, outstandingStatuses } from './model.ts';
import { notify } from './notify.ts';
import { reminderWorkflow } from './schedules.ts';

/** The slot of a digest schedule: it starts the reminder workflow, which sends the day's digest. */
export const digestSlot = 'digest';

/** How long after the day's escalations their digest goes: every escalation of the morning is in. */
const digestDelayMinutes = 30;

/** Signed links in a digest work as long as escalation links do. */
const linkTtlSeconds = 14 * 24 * 3600;

const digestScheduleName = (city: string, personId: string, date: string) =>
  `d-${createHash('sha256').update(`${city}#${personId}#${date}`).digest('hex').slice(0, 24)}`;

/** What a digest schedule carries: its recipient and day; the obligation names the city and cycle. */
export interface DigestInput {
  obligationId: string;
  deadlineVersion: number;
  slot: string;
  scheduledTime: string;
  digest?: string;
}

/**
 * Puts an escalation of `obligation` to each recipient in their digest of the day, and (re)creates
 * the digest's one schedule: half an hour after the morning's escalations, or a minute from now for
 * one that comes after its digest went (it then goes in a second digest of that day).
 */
export async function collectEscalation(
  deps: ObligationDeps,
  context: { cycle: Cycle; obligation: Obligation; slot: string; missedSince: string; scheduledTime: string },
  recipients: readonly Person[],
) {
  const { cycle, obligation, slot, missedSince, scheduledTime } = context;
  const date = localDateOf(new Date(scheduledTime), cycle.calendar.timeZone);
  const planned =
    instantAt(date, cycle.policy.sendAt, cycle.calendar.timeZone).getTime() + digestDelayMinutes * 60_000;
  let recorded = 0;
  for (const person of recipients) {
    const key = { city: obligation.city, personId: person.personId, date };
    if (
      await deps.digests.add(key, {
        obligationId: obligation.obligationId,
        opd: obligation.opd,
        slot,
        missedSince,
      })
    )
      recorded++;
    await deps.scheduler.schedule({
      group: deps.scheduleGroup,
      name: digestScheduleName(key.city, key.personId, date),
      at: new Date(Math.max(planned, deps.clock.now().getTime() + 60_000)),
      timeZone: cycle.calendar.timeZone,
      workflow: reminderWorkflow,
      input: {
        obligationId: obligation.obligationId,
        deadlineVersion: obligation.deadlineVersion,
        slot: digestSlot,
        digest: `${person.personId}#${date}`,
      },
    });
  }
  return { recorded, recipients: recipients.length };
}

/**
 * Sends one person's digest of one day: every escalation collected for them and not yet sent,
 * less those whose obligation was submitted or waived meanwhile. One escalation goes as the
 * escalation email of its obligation; several as one table. Claimed by its entries, so a schedule
 * that fires twice sends once.
 */
export async function sendDigest(deps: ObligationDeps, input: DigestInput & { digest: string }) {
  const [personId = '', date = ''] = input.digest.split('#');
  const anchor = await deps.obligations.get(input.obligationId);
  if (!anchor) return { ...input, sent: 0, entries: 0 };
  const key = { city: anchor.city, personId, date };
  const waiting = (await deps.digests.entries(key)).filter((e) => !e.sentAt);
  const live: { obligation: Obligation; slot: string; missedSince: string }[] = [];
  const settled: string[] = [];
  for (const entry of waiting) {
    const obligation = await deps.obligations.get(entry.obligationId);
    if (obligation && outstandingStatuses.includes(obligation.status))
      live.push({ obligation, slot: entry.slot, missedSince: entry.missedSince });
    else settled.push(entry.obligationId);
  }
  const at = deps.clock.now().toISOString();
  if (settled.length) await deps.digests.markSent(key, settled, at);
  const [person, city, cycle] = await Promise.all([
    deps.people.get(anchor.city, personId),
    deps.directory.getCity(anchor.city),
    deps.cycles.getCycle(anchor.city, anchor.year),
  ]);
  if (live.length === 0 || !person || !city || !cycle) return { ...input, sent: 0, entries: live.length };
  const level = live.some((e) => e.slot !== 'E-1') ? 'city-secretary' : 'opd-head';
  const [first] = live;
  const result =
    live.length === 1 && first
      ? await notify(deps, first.obligation, first.slot, [person], async (p) =>
          obligationMail(deps, {
            city,
            cycle,
            opd: (await deps.directory.getOpd(city.city, first.obligation.opd)) ?? {
              city: city.city,
              opd: first.obligation.opd,
              name: first.obligation.opd,
              kind: 'dinas',
            },
            obligation: first.obligation,
            person: p,
            occasion: { type: 'escalation', level, missedSince: first.missedSince },
          }),
        )
      : await notify(
          deps,
          first?.obligation as Obligation,
          digestKeySlot(live, date),
          [person],
          () => digestMail(deps, city, person, live, level, date),
          { slot: digestSlot, digest: input.digest },
        );
  await deps.digests.markSent(
    key,
    live.map((e) => e.obligation.obligationId),
    at,
  );
  return { ...input, sent: result.sent, entries: live.length };
}

/** The claim of a multi-OPD digest: its day and exactly which obligations it carries. */
function digestKeySlot(live: readonly { obligation: Obligation }[], date: string): string {
  const ids = live
    .map((e) => e.obligation.obligationId)
    .sort()
    .join(',');
  return `${digestSlot}-${date}-${createHash('sha256').update(ids).digest('hex').slice(0, 16)}`;
}

async function digestMail(
  deps: ObligationDeps,
  city: City,
  person: Person,
  live: readonly { obligation: Obligation; missedSince: string }[],
  level: 'opd-head' | 'city-secretary',
  date: string,
) {
  const rows = await Promise.all(
    live.map(async ({ obligation, missedSince }) => {
      const kind = kindOf(deps.kinds, obligation);
      // The head a row names: whom the first escalation step reaches for the obligation's kind.
      const [opd, heads] = await Promise.all([
        deps.directory.getOpd(obligation.city, obligation.opd),
        kind.escalatedTo({ people: deps.people, city, obligation }, 'opd-head'),
      ]);
      const token = await deps.links.sign(
        {
          purpose: 'escalation',
          city: obligation.city,
          opd: obligation.opd,
          person: person.personId,
          obligation: obligation.obligationId,
        },
        linkTtlSeconds,
      );
      return {
        opdName: opd?.name ?? obligation.opd,
        form: kind.title,
        due: obligation.due,
        missedSince,
        ...(heads[0] ? { headName: heads[0].name } : {}),
        link: `${deps.baseUrl}/l/${token}`,
      };
    }),
  );
  rows.sort((a, b) => a.opdName.localeCompare(b.opdName));
  return {
    ...escalationDigestEmail({
      lang: person.language,
      recipientName: person.name,
      cityName: city.name,
      level,
      rows,
      overviewUrl: `${deps.baseUrl}/admin/kewajiban?status=missed`,
      date,
    }),
    ...citySender(city),
  };
}

import type { City, Opd } from '#functions/directory/model.ts';
import type { Person } from '#functions/directory/stores.ts';
import { deadlineInstant } from '#functions/obligations/deadline.ts';
import type { ObligationKind } from '#functions/obligations/kinds/define.ts';
import { kindOf } from '#functions/obligations/kinds/lookup.ts';
import type { ObligationMail } from '#functions/obligations/mail/obligation-mail.ts';
import type { ReminderSlot as ReminderSlotName } from '#functions/obligations/mail/reminder-wording.ts';
import { templateSets } from '#functions/obligations/mail/template-set.ts';
import type { ObligationDeps } from './deps.ts';
import type { Cycle, Obligation } from './model.ts';

/** Signed links in reminders work for two weeks: the next reminder brings a fresh one. */
const reminderLinkTtlSeconds = 14 * 24 * 3600;

/** Which email of an obligation's life: the kick-off, a reminder, an escalation, an admin's change. */
export type MailOccasion =
  | { type: 'kickoff' }
  | { type: 'reminder'; slot: string; daysLeft: number; draft?: { savedAt: Date; savedBy: string } }
  | { type: 'escalation'; level: 'opd-head' | 'city-secretary'; missedSince: string }
  | { type: 'moved'; previousDue: string }
  | { type: 'waived'; reason: string }
  | { type: 'revision'; note: string };

export interface MailContext {
  city: City;
  cycle: Cycle;
  opd: Opd;
  obligation: Obligation;
  person: Person;
  occasion: MailOccasion;
}

/**
 * One obligation email for one person, in their language, worded by the obligation's kind, with a
 * signed link to the obligation (the link carries ids only) and, for kick-off and reminders, the
 * deadline as `.ics`.
 */
export async function obligationMail(
  deps: ObligationDeps,
  { city, cycle, opd, obligation, person, occasion }: MailContext,
) {
  const kind = kindOf(deps.kinds, obligation);
  // An escalation shows the obligation; a kick-off or reminder lets the operator fill it.
  const token = await deps.links.sign(
    {
      purpose: occasion.type === 'escalation' ? 'escalation' : 'fill',
      city: obligation.city,
      opd: obligation.opd,
      person: person.personId,
      obligation: obligation.obligationId,
    },
    reminderLinkTtlSeconds,
  );
  const mail: ObligationMail = {
    lang: person.language,
    recipientName: person.name,
    cityName: city.name,
    opdName: opd.name,
    formTitle: kind.title,
    dueDate: obligation.due,
    dueInstant: deadlineInstant(cycle.calendar, obligation.due),
    timeZone: cycle.calendar.timeZone,
    obligationId: obligation.obligationId,
    link: `${deps.baseUrl}/l/${token}`,
    domain: new URL(deps.baseUrl).hostname,
    ...(city.team?.email ? { organizer: city.team.email } : {}),
    deadlineVersion: obligation.deadlineVersion,
  };
  return { ...content(kind, mail, occasion, deps.clock.now()), ...citySender(city) };
}

function content(kind: ObligationKind, mail: ObligationMail, occasion: MailOccasion, now: Date) {
  const templates = templateSets[kind.mail.templates];
  const { kickoffNote } = kind.mail;
  switch (occasion.type) {
    case 'kickoff':
      return templates.kickoff(mail, { now, ...(kickoffNote ? { note: kickoffNote } : {}) });
    case 'reminder':
      return templates.reminder(mail, {
        slot: occasion.slot as ReminderSlotName,
        daysLeft: occasion.daysLeft,
        now,
        ...(occasion.draft ? { draft: occasion.draft } : {}),
      });
    case 'escalation':
      return templates.escalation(mail, { level: occasion.level, missedSince: occasion.missedSince });
    case 'moved':
      return templates.moved(mail, { previousDue: occasion.previousDue, now });
    case 'waived':
      return templates.waived(mail, { reason: occasion.reason, now });
    case 'revision':
      return templates.revision(mail, { note: occasion.note, now });
  }
}

/**
 * Who the city's emails come from: its Smart City team by name, with replies to the team's own
 * address (a city setting), so a head of OPD who answers an escalation reaches people.
 */
export function citySender(city: City): { senderName: string; replyTo?: string } {
  return {
    senderName: city.team?.name ?? `Tim Smart City ${city.name}`,
    ...(city.team?.email ? { replyTo: city.team.email } : {}),
  };
}

import { formCatalog } from '#forms/catalog.ts';
import type { Person } from '#functions/directory/store/people-store.ts';
import { deadlineInstant } from '#functions/obligations/deadline.ts';
import { deadlineMovedEmail, waivedEmail } from '#functions/obligations/mail/change-emails.ts';
import type { ObligationMail } from '#functions/obligations/mail/obligation-mail.ts';
import type { ReminderSlot as ReminderSlotName } from '#functions/obligations/mail/reminder-wording.ts';
import { escalationEmail, kickoffEmail, reminderEmail } from '#functions/obligations/mail/templates.ts';
import type { ObligationDeps } from './deps.ts';
import type { City, Cycle, Obligation, Opd } from './model.ts';

/** Signed links in reminders work for two weeks: the next reminder brings a fresh one. */
const reminderLinkTtlSeconds = 14 * 24 * 3600;

export type MailKind =
  | { type: 'kickoff' }
  | { type: 'reminder'; slot: string; daysLeft: number; draft?: { savedAt: Date; savedBy: string } }
  | { type: 'escalation'; level: 'opd-head' | 'city-secretary'; missedSince: string }
  | { type: 'moved'; previousDue: string }
  | { type: 'waived'; reason: string };

export interface MailContext {
  city: City;
  cycle: Cycle;
  opd: Opd;
  obligation: Obligation;
  person: Person;
  kind: MailKind;
}

/**
 * One obligation email for one person, in their language, with a signed link to the obligation
 * (the link carries ids only) and, for kick-off and reminders, the deadline as `.ics`.
 */
export async function obligationMail(
  deps: ObligationDeps,
  { city, cycle, opd, obligation, person, kind }: MailContext,
) {
  const form = formCatalog.latest(obligation.formId);
  // An escalation shows the obligation; a kick-off or reminder lets the operator fill it.
  const token = await deps.links.sign(
    {
      purpose: kind.type === 'escalation' ? 'escalation' : 'fill',
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
    formTitle: form?.title ?? { id: obligation.formId, en: obligation.formId },
    dueDate: obligation.due,
    dueInstant: deadlineInstant(cycle.calendar, obligation.due),
    timeZone: cycle.calendar.timeZone,
    obligationId: obligation.obligationId,
    link: `${deps.baseUrl}/l/${token}`,
    domain: new URL(deps.baseUrl).hostname,
    ...(city.team?.email ? { organizer: city.team.email } : {}),
    deadlineVersion: obligation.deadlineVersion,
  };
  return { ...content(mail, kind, deps.clock.now()), ...citySender(city) };
}

function content(mail: ObligationMail, kind: MailKind, now: Date) {
  switch (kind.type) {
    case 'kickoff':
      return kickoffEmail(mail, { now });
    case 'reminder':
      return reminderEmail(mail, {
        slot: kind.slot as ReminderSlotName,
        daysLeft: kind.daysLeft,
        now,
        ...(kind.draft ? { draft: kind.draft } : {}),
      });
    case 'escalation':
      return escalationEmail(mail, { level: kind.level, missedSince: kind.missedSince });
    case 'moved':
      return deadlineMovedEmail(mail, { previousDue: kind.previousDue, now });
    case 'waived':
      return waivedEmail(mail, { reason: kind.reason, now });
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

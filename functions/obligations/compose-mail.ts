import { formCatalog } from '#forms/catalog.ts';
import { deadlineInstant } from '#functions/cycle/deadline.ts';
import type { ObligationMail } from '#functions/mail/obligation-mail.ts';
import type { ReminderSlot as ReminderSlotName } from '#functions/mail/reminder-wording.ts';
import { escalationEmail, kickoffEmail, reminderEmail } from '#functions/mail/templates.ts';
import type { Person } from '#functions/store/people-store.ts';
import type { ObligationDeps } from './deps.ts';
import type { City, Cycle, Obligation, Opd } from './model.ts';

/** Signed links in reminders work for two weeks: the next reminder brings a fresh one. */
const reminderLinkTtlSeconds = 14 * 24 * 3600;

export type MailKind =
  | { type: 'kickoff' }
  | { type: 'reminder'; slot: string; daysLeft: number }
  | { type: 'escalation'; level: 'opd-head' | 'city-secretary'; missedSince: string };

export interface MailContext {
  city: City;
  cycle: Cycle;
  opd: Opd;
  obligation: Obligation;
  person: Person;
  kind: MailKind;
}

/**
 * One obligation email for one person, in their language, with a signed link that opens their
 * OPD's form (the link carries ids only) and, for kick-off and reminders, the deadline as `.ics`.
 */
export async function obligationMail(
  deps: ObligationDeps,
  { city, cycle, opd, obligation, person, kind }: MailContext,
) {
  const form = formCatalog.latest(obligation.formId);
  const token = await deps.links.sign(
    {
      city: obligation.city,
      opd: obligation.opd,
      person: person.personId,
      obligation: obligation.obligationId,
      next: `/forms/${obligation.formId}/new`,
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
    deadlineVersion: obligation.deadlineVersion,
  };
  const now = deps.clock.now();
  switch (kind.type) {
    case 'kickoff':
      return kickoffEmail(mail, { now });
    case 'reminder':
      return reminderEmail(mail, { slot: kind.slot as ReminderSlotName, daysLeft: kind.daysLeft, now });
    case 'escalation':
      return escalationEmail(mail, { level: kind.level, missedSince: kind.missedSince });
  }
}

import { timeZoneOfCity } from '#functions/directory/city-time-zone.ts';
import { kindOf } from '#functions/obligations/kinds/lookup.ts';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import { localDateOf } from '#functions/platform/time/calendar.ts';
import { addDays } from '#functions/platform/time/days.ts';
import { openDraftsOf } from '#functions/submissions/open-drafts.ts';
import { obligationAudit } from './audit-events.ts';
import { obligationMail } from './compose-mail.ts';
import type { ObligationDeps } from './deps.ts';
import { collectEscalation, digestSlot, sendDigest } from './digest.ts';
import { type Obligation, outstandingStatuses } from './model.ts';
import { notify } from './notify.ts';
import { createSubmissionLinker, submissionOfYear } from './record-submission.ts';
import { changeSlots } from './schedules.ts';

/** What a schedule starts the reminder workflow with: ids, and the time it was meant to fire. */
export interface SlotInput {
  obligationId: string;
  deadlineVersion: number;
  slot: string;
  scheduledTime: string;
  /** For the `moved` slot: the due date before the move, which its email names. */
  previousDue?: string;
  /** For the `digest` slot: whose digest of which day, `<personId>#<YYYY-MM-DD>`. */
  digest?: string;
}

export type SlotDecision = SlotInput & {
  action: 'remind' | 'escalate' | 'none';
  reason?: 'unknown' | 'superseded' | 'done';
};

/**
 * Decides what a fired schedule does: nothing when the obligation is done or its deadline has
 * moved since (a schedule of an older version), else the slot's reminder or escalation.
 */
export async function decideSlot(deps: ObligationDeps, input: SlotInput): Promise<SlotDecision> {
  const obligation = await deps.obligations.get(input.obligationId);
  if (!obligation) return { ...input, action: 'none', reason: 'unknown' };
  if (obligation.deadlineVersion !== input.deadlineVersion)
    return { ...input, action: 'none', reason: 'superseded' };
  // A digest is about many obligations: it checks each itself when it sends.
  if (input.slot === digestSlot) return { ...input, action: 'escalate' };
  if (input.slot === changeSlots.waived)
    return { ...input, action: obligation.status === 'waived' ? 'remind' : 'none' };
  if (!outstandingStatuses.includes(obligation.status)) return { ...input, action: 'none', reason: 'done' };
  if (await satisfiedMeanwhile(deps, obligation)) return { ...input, action: 'none', reason: 'done' };
  return { ...input, action: input.slot.startsWith('E-') ? 'escalate' : 'remind' };
}

/**
 * A submission of the cycle's year the obligation does not know of yet (stored while the
 * obligation could not be updated, or before the cycle started): satisfy the obligation now.
 */
async function satisfiedMeanwhile(deps: ObligationDeps, obligation: Obligation): Promise<boolean> {
  const timeZone = await timeZoneOfCity(deps.directory, obligation.city);
  const answer = await submissionOfYear(deps, obligation, timeZone);
  if (!answer) return false;
  await createSubmissionLinker(deps)(answer);
  return true;
}

async function contextOf(deps: ObligationDeps, obligationId: string) {
  const obligation = await deps.obligations.get(obligationId);
  const city = obligation && (await deps.directory.getCity(obligation.city));
  const cycle = obligation && (await deps.cycles.getCycle(obligation.city, obligation.year));
  const opd = obligation && (await deps.directory.getOpd(obligation.city, obligation.opd));
  if (!obligation || !city || !cycle || !opd)
    throw new InvalidInputError(`Obligation ${obligationId} is incomplete`);
  return { obligation, city, cycle, opd, kind: kindOf(deps.kinds, obligation) };
}

/** Sends a reminder slot to everyone its kind reminds (the OPD's operators), each at most once. */
export async function sendReminder(deps: ObligationDeps, input: SlotInput) {
  const { obligation, city, cycle, opd, kind } = await contextOf(deps, input.obligationId);
  const today = localDateOf(new Date(input.scheduledTime), cycle.calendar.timeZone);
  const daysLeft = Math.max(0, Math.round((Date.parse(obligation.due) - Date.parse(today)) / 86_400_000));
  const recipients = await kind.reminded({ people: deps.people, city, obligation });
  const draft = await latestDraft(deps, obligation);
  const occasion =
    input.slot === changeSlots.moved
      ? { type: 'moved' as const, previousDue: input.previousDue ?? obligation.due }
      : input.slot === changeSlots.waived
        ? { type: 'waived' as const, reason: obligation.waivedReason ?? '' }
        : input.slot === changeSlots.revision
          ? { type: 'revision' as const, note: obligation.revisionNote ?? '' }
          : { type: 'reminder' as const, slot: input.slot, daysLeft, ...(draft ? { draft } : {}) };
  const result = await notify(deps, obligation, input.slot, recipients, (person) =>
    obligationMail(deps, { city, cycle, opd, obligation, person, occasion }),
  );
  return { ...input, ...result };
}

/** The OPD's most recently saved draft of the obligation's form, with who saved it, by name. */
async function latestDraft(deps: ObligationDeps, obligation: Obligation) {
  const { drafts } = await deps.submissions.listForOpd({ city: obligation.city, opd: obligation.opd });
  const latest = openDraftsOf(drafts, obligation.formId).find((d) => d.updatedAt >= obligation.openedAt);
  if (!latest) return undefined;
  const person = await deps.people.get(obligation.city, latest.updatedBy);
  return { savedAt: new Date(latest.updatedAt), savedBy: person?.name ?? latest.updatedBy };
}

/**
 * After the deadline: marks the obligation missed (once) and sends this slot's escalation to whom
 * the step of the cycle's policy reaches for the obligation's kind (the head, or acting head, of
 * the OPD first, the city secretary next).
 */
export async function escalate(deps: ObligationDeps, input: SlotInput) {
  if (input.slot === digestSlot && input.digest) return sendDigest(deps, { ...input, digest: input.digest });
  const { obligation, city, cycle, kind } = await contextOf(deps, input.obligationId);
  const current = await markMissed(deps, obligation);
  // Submitted or waived meanwhile (by a twin's read-modify-write or a person): nothing to escalate.
  if (!current) return { ...input, action: 'none', reason: 'done' };
  const step = cycle.policy.escalation[Number(input.slot.slice(2)) - 1];
  if (!step) throw new InvalidInputError(`No escalation step for slot ${input.slot}`);
  const recipients = await kind.escalatedTo({ people: deps.people, city, obligation }, step.to);
  // Collected into each recipient's digest of the day: one email a day, however many OPDs missed.
  const result = await collectEscalation(
    deps,
    {
      cycle,
      obligation: current,
      slot: input.slot,
      missedSince: addDays(obligation.due, 1),
      scheduledTime: input.scheduledTime,
    },
    recipients,
  );
  return { ...input, to: step.to, ...result };
}

/**
 * Marks the obligation missed, once. A twin execution (a schedule delivered twice, or fired by two
 * runners) may change it between the read and the write: then it is read again, and an obligation
 * it already marked missed is escalated as it is; one submitted or waived meanwhile is not.
 */
async function markMissed(deps: ObligationDeps, read: Obligation): Promise<Obligation | undefined> {
  let obligation: Obligation | undefined = read;
  for (let attempt = 0; attempt < 3 && obligation; attempt++) {
    if (obligation.status === 'missed') return obligation;
    if (!outstandingStatuses.includes(obligation.status)) return undefined;
    const at = deps.clock.now().toISOString();
    const next: Obligation = {
      ...obligation,
      status: 'missed',
      revision: obligation.revision + 1,
      updatedAt: at,
    };
    try {
      await deps.obligations.update(
        next,
        obligation.revision,
        obligationAudit.event('obligation.missed', {
          eventId: deps.newId(),
          at,
          actor: 'system:obligation-reminder',
          city: obligation.city,
          opd: obligation.opd,
          entityId: obligation.obligationId,
          before: { status: obligation.status },
          after: { status: 'missed' },
        }),
      );
      return next;
    } catch (error) {
      if (!(error instanceof StaleRevisionError)) throw error;
      obligation = await deps.obligations.get(read.obligationId);
    }
  }
  if (obligation?.status === 'missed') return obligation;
  throw new StaleRevisionError(read.obligationId);
}

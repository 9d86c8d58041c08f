import { addDays, localDateOf } from '#functions/cycle/calendar.ts';
import { InvalidInputError } from '#functions/shared/errors.ts';
import { obligationMail } from './compose-mail.ts';
import type { ObligationDeps } from './deps.ts';
import { type Obligation, outstandingStatuses } from './model.ts';
import { notify } from './notify.ts';
import { createSubmissionLinker } from './record-submission.ts';

/** What a schedule starts the reminder workflow with: ids, and the time it was meant to fire. */
export interface SlotInput {
  obligationId: string;
  deadlineVersion: number;
  slot: string;
  scheduledTime: string;
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
  if (!outstandingStatuses.includes(obligation.status)) return { ...input, action: 'none', reason: 'done' };
  if (await satisfiedMeanwhile(deps, obligation)) return { ...input, action: 'none', reason: 'done' };
  return { ...input, action: input.slot.startsWith('E-') ? 'escalate' : 'remind' };
}

/** A submission stored while its obligation could not be updated: satisfy the obligation now. */
async function satisfiedMeanwhile(deps: ObligationDeps, obligation: Obligation): Promise<boolean> {
  const { submissions } = await deps.submissions.listForOpd({ city: obligation.city, opd: obligation.opd });
  const answer = submissions.find(
    (s) => s.formId === obligation.formId && s.submittedAt >= obligation.openedAt,
  );
  if (!answer) return false;
  await createSubmissionLinker(deps)(answer);
  return true;
}

async function contextOf(deps: ObligationDeps, obligationId: string) {
  const obligation = await deps.obligations.get(obligationId);
  const city = obligation && (await deps.directory.getCity(obligation.city));
  const cycle = obligation && (await deps.directory.getCycle(obligation.city, obligation.year));
  const opd = obligation && (await deps.directory.getOpd(obligation.city, obligation.opd));
  if (!obligation || !city || !cycle || !opd)
    throw new InvalidInputError(`Obligation ${obligationId} is incomplete`);
  return { obligation, city, cycle, opd };
}

/** Sends a reminder slot to every current operator of the OPD, each at most once. */
export async function sendReminder(deps: ObligationDeps, input: SlotInput) {
  const { obligation, city, cycle, opd } = await contextOf(deps, input.obligationId);
  const today = localDateOf(new Date(input.scheduledTime), cycle.calendar.timeZone);
  const daysLeft = Math.max(0, Math.round((Date.parse(obligation.due) - Date.parse(today)) / 86_400_000));
  const operators = await deps.people.ofOpd(obligation.city, obligation.opd, 'opd-operator');
  const result = await notify(deps, obligation, input.slot, operators, (person) =>
    obligationMail(deps, {
      city,
      cycle,
      opd,
      obligation,
      person,
      kind: { type: 'reminder', slot: input.slot, daysLeft },
    }),
  );
  return { ...input, ...result };
}

/**
 * After the deadline: marks the obligation missed (once) and sends this slot's escalation: the
 * head (or acting head) of the OPD first, the city secretary next, as the cycle's policy says.
 */
export async function escalate(deps: ObligationDeps, input: SlotInput) {
  const { obligation, city, cycle, opd } = await contextOf(deps, input.obligationId);
  const current = obligation.status === 'missed' ? obligation : await markMissed(deps, obligation);
  const step = cycle.policy.escalation[Number(input.slot.slice(2)) - 1];
  if (!step) throw new InvalidInputError(`No escalation step for slot ${input.slot}`);
  const recipients =
    step.to === 'opd-head'
      ? await deps.people.ofOpd(obligation.city, obligation.opd, 'opd-head')
      : [await deps.people.get(city.city, city.secretary)].filter((p) => p !== undefined);
  const result = await notify(deps, current, input.slot, recipients, (person) =>
    obligationMail(deps, {
      city,
      cycle,
      opd,
      obligation: current,
      person,
      kind: { type: 'escalation', level: step.to, missedSince: addDays(obligation.due, 1) },
    }),
  );
  return { ...input, to: step.to, ...result };
}

async function markMissed(deps: ObligationDeps, obligation: Obligation): Promise<Obligation> {
  const at = deps.clock.now().toISOString();
  const next: Obligation = {
    ...obligation,
    status: 'missed',
    revision: obligation.revision + 1,
    updatedAt: at,
  };
  await deps.obligations.update(next, obligation.revision, {
    eventId: deps.newId(),
    at,
    actor: 'system:obligation-reminder',
    action: 'obligation.missed',
    city: obligation.city,
    opd: obligation.opd,
    entity: { type: 'obligation', id: obligation.obligationId },
    before: { status: obligation.status },
    after: { status: 'missed' },
  });
  return next;
}

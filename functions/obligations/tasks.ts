import * as z from 'zod/mini';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import { digestSlot } from '#functions/obligations/digest.ts';
import { openKickoffBatch } from '#functions/obligations/kickoff.ts';
import { decideSlot, escalate, sendReminder } from '#functions/obligations/remind.ts';
import { changeSlots } from '#functions/obligations/schedules.ts';
import { lambdaHandler } from '#functions/platform/lambda/handler.ts';
import { parseTaskInput } from '#functions/platform/lambda/task-input.ts';

const kickoffInput = z.object({
  city: z.string().check(z.minLength(1)),
  year: z.number().check(z.int()),
  kinds: z.optional(z.array(z.string().check(z.regex(/^[a-z][a-z0-9-]{0,62}$/))).check(z.maxLength(20))),
  cursor: z.optional(z.nullable(z.string())),
});

/** Every slot a schedule of the reminder workflow may carry. */
const slotPattern = new RegExp(
  `^(?:[DE]-\\d+|M-\\d{4}-\\d{2}|${[...Object.values(changeSlots), digestSlot].join('|')})$`,
);

const slotInput = z.object({
  obligationId: z.string().check(z.minLength(1)),
  deadlineVersion: z.number().check(z.int(), z.positive()),
  // A ladder slot (M-2026-02, D-30 ... D-0, E-1, E-2), the announcement of a change, or a digest.
  slot: z.string().check(z.regex(slotPattern)),
  scheduledTime: z.iso.datetime({ offset: true }),
  previousDue: z.optional(z.iso.date()),
  digest: z.optional(z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}#\d{4}-\d{2}-\d{2}$/))),
});

/** `cycle-kickoff` task: opens one batch of OPDs and says where the next batch starts. */
export function createKickoffBatchHandler(deps: ObligationDeps) {
  return lambdaHandler(async (payload: unknown) => {
    const { city, year, kinds, cursor } = parseTaskInput(kickoffInput, payload);
    return openKickoffBatch(deps, { city, year, ...(kinds ? { kinds } : {}), ...(cursor ? { cursor } : {}) });
  });
}

/** `obligation-reminder` task: decides whether a fired slot reminds, escalates or does nothing. */
export function createDecideSlotHandler(deps: ObligationDeps) {
  return lambdaHandler(async (payload: unknown) => decideSlot(deps, parseTaskInput(slotInput, payload)));
}

/** `obligation-reminder` task: sends a reminder slot to the OPD's operators, at most once each. */
export function createSendReminderHandler(deps: ObligationDeps) {
  return lambdaHandler(async (payload: unknown) => sendReminder(deps, parseTaskInput(slotInput, payload)));
}

/** `obligation-reminder` task: marks the obligation missed and escalates along the chain. */
export function createEscalateHandler(deps: ObligationDeps) {
  return lambdaHandler(async (payload: unknown) => escalate(deps, parseTaskInput(slotInput, payload)));
}

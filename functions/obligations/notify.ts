import type { Person } from '#functions/directory/stores.ts';
import { isUnknownOutcome } from '#functions/platform/lambda/errors.ts';
import type { EmailMessage } from '#functions/platform/ports/mailer.ts';
import type { ObligationDeps } from './deps.ts';
import type { Obligation } from './model.ts';
import { deliveryKey, reminderWorkflow, scheduleName } from './schedules.ts';

export interface NotifyResult {
  sent: number;
  /** Sends whose outcome is unknown (a timeout): the claim is kept and a recheck is scheduled. */
  unknownOutcome: number;
  /** Sent again after an earlier attempt's outcome was unknown: the person may get it twice. */
  possibleDuplicates: number;
  /** Sent before (a retried or second execution): nothing sent now. */
  alreadySent: number;
}

/** How long a claim holds before another execution may assume the send was lost. */
const leaseSeconds = 300;

/**
 * Sends one slot's email of an obligation to each recipient at most once: claim by business key,
 * send, mark sent. A refused send gives the claim back and fails, so the workflow retries it.
 */
export async function notify(
  deps: ObligationDeps,
  obligation: Obligation,
  slot: string,
  recipients: readonly Person[],
  build: (person: Person) => Promise<Omit<EmailMessage, 'to' | 'idempotencyKey'>>,
  /** What a recheck of an unknown send runs again, when it is not the slot itself (a digest). */
  recheck: Record<string, string> = { slot },
): Promise<NotifyResult> {
  const result: NotifyResult = { sent: 0, unknownOutcome: 0, possibleDuplicates: 0, alreadySent: 0 };
  for (const person of recipients) {
    const key = deliveryKey(obligation, slot, person.personId);
    const token = deps.newId();
    const outcome = await deps.deliveries.claim(key, token, leaseSeconds);
    if (outcome === 'sent' || outcome === 'busy') {
      result.alreadySent++;
      continue;
    }
    let messageId: string;
    try {
      ({ messageId } = await deps.mailer.send({
        ...(await build(person)),
        to: person.email,
        idempotencyKey: key,
      }));
    } catch (error) {
      // The mail service may have accepted it: keep the claim, and look again once its lease has
      // run out (the recheck then sends it, counted as a possible duplicate). The kick-off has no
      // recheck, so it gives the claim back and lets the workflow retry it at once.
      if (slot !== 'kickoff' && isUnknownOutcome(error)) {
        result.unknownOutcome++;
        continue;
      }
      await deps.deliveries.release(key, token);
      throw error;
    }
    await deps.deliveries.markSent(key, token, messageId);
    result.sent++;
    if (outcome === 'reclaimed') result.possibleDuplicates++;
  }
  if (result.unknownOutcome > 0) await scheduleRecheck(deps, obligation, slot, recheck);
  return result;
}

/** A one-off run of the same slot just after the lease, so an unknown send is settled. */
async function scheduleRecheck(
  deps: ObligationDeps,
  obligation: Obligation,
  slot: string,
  recheck: Record<string, string>,
) {
  await deps.scheduler.schedule({
    group: deps.scheduleGroup,
    name: scheduleName(obligation, `${slot}-recheck`),
    at: new Date(deps.clock.now().getTime() + (leaseSeconds + 60) * 1000),
    timeZone: 'UTC',
    workflow: reminderWorkflow,
    input: { obligationId: obligation.obligationId, deadlineVersion: obligation.deadlineVersion, ...recheck },
  });
}

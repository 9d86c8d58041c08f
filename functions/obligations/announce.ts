import type { ObligationDeps } from './deps.ts';
import type { Obligation } from './model.ts';
import { type changeSlots, reminderWorkflow, scheduleName } from './schedules.ts';

/**
 * Tells the OPD of a change to its obligation at once, through the reminder workflow (one
 * schedule a minute from now: its sends are claimed per change and person, retried and alarmed
 * like every reminder): a deadline moved or waived by an admin, a revision asked by a reviewer.
 */
export async function announce(
  deps: ObligationDeps,
  obligation: Obligation,
  slot: (typeof changeSlots)[keyof typeof changeSlots],
  extra: Record<string, string> = {},
) {
  await deps.scheduler.schedule({
    group: deps.scheduleGroup,
    name: scheduleName(obligation, slot),
    at: new Date(deps.clock.now().getTime() + 60_000),
    timeZone: 'UTC',
    workflow: reminderWorkflow,
    input: {
      obligationId: obligation.obligationId,
      deadlineVersion: obligation.deadlineVersion,
      slot,
      ...extra,
    },
  });
}

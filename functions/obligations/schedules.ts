import { createHash } from 'node:crypto';
import type { Obligation } from './model.ts';

/** The workflow that reminder and escalation schedules start. */
export const reminderWorkflow = 'obligation-reminder';

/**
 * Slots that tell the OPD of a change at once (the reminder workflow, so a failed send is
 * retried, recorded and alarmed like any reminder): a moved deadline, a waiver, a revision asked.
 */
export const changeSlots = { moved: 'moved', waived: 'waived', revision: 'revision' } as const;

/**
 * The fixed name of one slot's schedule, unique in the deployment's one schedule group: the same obligation, deadline version and slot always
 * give the same name (at most 64 characters whatever the ids), so creating it twice creates it once.
 */
export const scheduleName = (
  obligation: Pick<Obligation, 'obligationId' | 'deadlineVersion'>,
  slot: string,
) =>
  `o-${createHash('sha256').update(obligation.obligationId).digest('hex').slice(0, 20)}-v${obligation.deadlineVersion}-${slot}`;

/** The business key of one email of an obligation: claimed before sending, so it goes at most once. */
export const deliveryKey = (
  obligation: Pick<Obligation, 'obligationId' | 'deadlineVersion'>,
  slot: string,
  personId: string,
) =>
  // The kick-off is one email per obligation whatever its deadline does later; reminders and
  // escalations belong to one deadline version.
  `${obligation.obligationId}#${slot === 'kickoff' ? 0 : obligation.deadlineVersion}#${slot}#${personId}`;

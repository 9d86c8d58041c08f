import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { type IChainable, Succeed } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { defineWorkflow } from './shared/define-workflow.ts';
import type { ResilientTasks } from './shared/resilience.ts';

export const visitReminderWorkflow = 'visit-reminder';

export const visitReminderStates = {
  send: 'SendVisitSlot',
  done: 'Sent',
} as const;

export interface VisitReminderFunctions {
  remindVisit: IFunction;
}

/**
 * `visit-reminder` for one send of an evaluation visit (`{ city, year, opd, sequence, slot }`,
 * started by the visit's schedule): the invitation after a change, or the reminder the working
 * day before, unless the visit changed meanwhile. The whole state is the schedule's input.
 */
export function visitReminderDefinition(
  scope: Construct,
  tasks: ResilientTasks,
  functions: VisitReminderFunctions,
): IChainable {
  return tasks
    .invoke(visitReminderStates.send, functions.remindVisit, 'state')
    .next(new Succeed(scope, visitReminderStates.done));
}

/** `visit-reminder`, as the visits part declares it: started by the schedules of the deployment's group. */
export const workflow = defineWorkflow({
  name: visitReminderWorkflow,
  functions: { remindVisit: 'remind-visit' },
  definition: visitReminderDefinition,
  scheduled: true,
});

import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Choice, Condition, type IChainable, Succeed } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import type { ResilientTasks } from './shared/resilience.ts';

export const obligationReminderWorkflow = 'obligation-reminder';

export const obligationReminderStates = {
  decide: 'DecideSlot',
  route: 'RemindOrEscalate',
  remind: 'SendReminder',
  escalate: 'Escalate',
  nothing: 'NothingToDo',
  done: 'Done',
} as const;

export interface ObligationReminderFunctions {
  decideSlot: IFunction;
  sendReminder: IFunction;
  escalate: IFunction;
}

/**
 * `obligation-reminder`, started by one schedule (`{ obligationId, deadlineVersion, slot,
 * scheduledTime }`): nothing if the obligation is done or its deadline moved since; else the
 * slot's reminder, or after the deadline, the escalation. Sends are claimed, so a schedule that
 * fires twice sends once.
 */
export function obligationReminderDefinition(
  scope: Construct,
  tasks: ResilientTasks,
  functions: ObligationReminderFunctions,
): IChainable {
  const s = obligationReminderStates;
  const decide = tasks.invoke(s.decide, functions.decideSlot, 'state', { result: 'replace' });
  const done = new Succeed(scope, s.done);
  const remind = tasks.invoke(s.remind, functions.sendReminder, 'state', { result: 'replace' }).next(done);
  const escalate = tasks.invoke(s.escalate, functions.escalate, 'state', { result: 'replace' }).next(done);
  return decide.next(
    new Choice(scope, s.route)
      .when(Condition.stringEquals('$.action', 'remind'), remind)
      .when(Condition.stringEquals('$.action', 'escalate'), escalate)
      .otherwise(new Succeed(scope, s.nothing)),
  );
}

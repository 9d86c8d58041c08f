import * as z from 'zod/mini';
import { createEventBridgeScheduler } from '#functions/platform/aws/eventbridge-scheduler.ts';
import { fromLambdaEnvironment } from '#functions/platform/aws/s3/credentials.ts';
import type { PortBuilder } from './builder.ts';

const text = z.string().check(z.minLength(1));

/** `schedules`: EventBridge Scheduler in the deployment's group, with the role schedules run as. */
export const schedulesPorts: PortBuilder = ({ env, clock }) => {
  const e = env({
    SCHEDULE_GROUP: text,
    SCHEDULER_ROLE_ARN: text,
    SCHEDULER_DLQ_ARN: text,
    REMINDER_STATE_MACHINE_ARN: text,
    // The parts' scheduled workflows: a JSON object of state machine ARNs by workflow name.
    SCHEDULED_WORKFLOW_ARNS: text,
  });
  const scheduled = z.record(z.string(), text).parse(JSON.parse(e.SCHEDULED_WORKFLOW_ARNS));
  return {
    scheduler: createEventBridgeScheduler({
      ...fromLambdaEnvironment(),
      stateMachineArns: { ...scheduled, 'obligation-reminder': e.REMINDER_STATE_MACHINE_ARN },
      roleArn: e.SCHEDULER_ROLE_ARN,
      deadLetterQueueArn: e.SCHEDULER_DLQ_ARN,
      clock,
    }),
    scheduleGroup: e.SCHEDULE_GROUP,
  };
};

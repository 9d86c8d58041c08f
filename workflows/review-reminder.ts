import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { type IChainable, Succeed } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { defineWorkflow } from './shared/define-workflow.ts';
import type { ResilientTasks } from './shared/resilience.ts';

export const reviewReminderWorkflow = 'review-reminder';

export const reviewReminderStates = {
  remind: 'SendReviewSlot',
  done: 'Sent',
} as const;

export interface ReviewReminderFunctions {
  remindReview: IFunction;
}

/**
 * `review-reminder` for one send of a review's round (`{ city, year, opd, round, slot }`, started
 * by the round's schedule): the verifier's reminder, or the lead evaluator's escalation, unless
 * the round was decided meanwhile. The whole state is the schedule's input.
 */
export function reviewReminderDefinition(
  scope: Construct,
  tasks: ResilientTasks,
  functions: ReviewReminderFunctions,
): IChainable {
  return tasks
    .invoke(reviewReminderStates.remind, functions.remindReview, 'state')
    .next(new Succeed(scope, reviewReminderStates.done));
}

/** `review-reminder`, as the assessment part declares it: started by the schedules of the deployment's group. */
export const workflow = defineWorkflow({
  name: reviewReminderWorkflow,
  functions: { remindReview: 'remind-review' },
  definition: reviewReminderDefinition,
  scheduled: true,
});

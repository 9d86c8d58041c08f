import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { type IChainable, JsonPath, Succeed } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { defineWorkflow } from './shared/define-workflow.ts';
import type { ResilientTasks } from './shared/resilience.ts';

export const submissionReviewWorkflow = 'submission-review';

export const submissionReviewStates = {
  startReview: 'StartReview',
  done: 'InReview',
} as const;

export interface SubmissionReviewFunctions {
  startReview: IFunction;
}

/**
 * `submission-review` for one submitted self-assessment (`{ obligationId, city, year, opd,
 * submissionId }`, started once per submission): records it as under review, opens the review's
 * round with its verifier and due date, and tells the verifier. The verifier's decisions are made
 * on the review pages and the API; a resubmission starts the workflow again for the next round.
 */
export function submissionReviewDefinition(
  scope: Construct,
  tasks: ResilientTasks,
  functions: SubmissionReviewFunctions,
): IChainable {
  return tasks
    .invoke(submissionReviewStates.startReview, functions.startReview, {
      obligationId: JsonPath.stringAt('$.obligationId'),
      city: JsonPath.stringAt('$.city'),
      year: JsonPath.numberAt('$.year'),
      opd: JsonPath.stringAt('$.opd'),
      submissionId: JsonPath.stringAt('$.submissionId'),
    })
    .next(new Succeed(scope, submissionReviewStates.done));
}

/** `submission-review`, as the assessment part declares it: deployed with its one task function. */
export const workflow = defineWorkflow({
  name: submissionReviewWorkflow,
  functions: { startReview: 'start-review' },
  definition: submissionReviewDefinition,
});

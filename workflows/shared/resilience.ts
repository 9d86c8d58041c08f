import { Duration } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  Errors,
  Fail,
  JitterType,
  JsonPath,
  Pass,
  type RetryProps,
  TaskInput,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { retryableErrorNames } from '#functions/platform/lambda/errors.ts';

/** Retry policy of every Task: exponential backoff with full jitter, capped. */
export const retryPolicy: RetryProps = {
  errors: [...retryableErrorNames],
  interval: Duration.seconds(1),
  maxAttempts: 4,
  backoffRate: 2,
  maxDelay: Duration.seconds(30),
  jitterStrategy: JitterType.FULL,
};

/** Where a Task's Catch puts the error, so the input stays available to the failure handler. */
export const failurePath = '$.failure';

export const recordFailureStateName = 'RecordFailure';
export const failedStateName = 'Failed';

/**
 * Builds the tasks of one workflow so that each has the shared Retry and a Catch that
 * records the failure (which state, which error) and ends the execution as failed.
 */
export class ResilientTasks {
  private readonly recordFailure: LambdaInvoke;
  private readonly invoked = new Set<IFunction>();

  constructor(
    private readonly scope: Construct,
    private readonly workflow: string,
    recordFailureFunction: IFunction,
  ) {
    const failed = new Fail(scope, failedStateName, {
      error: 'WorkflowFailed',
      cause: 'A task failed; see RecordFailure',
    });
    this.recordFailure = new LambdaInvoke(scope, recordFailureStateName, {
      lambdaFunction: recordFailureFunction,
      payload: TaskInput.fromJsonPathAt('$'),
      retryOnServiceExceptions: false,
      resultPath: JsonPath.DISCARD,
    });
    this.recordFailure.addRetry(retryPolicy);
    this.recordFailure.addCatch(failed, { errors: [Errors.ALL], resultPath: failurePath });
    this.recordFailure.next(failed);
    this.invoked.add(recordFailureFunction);
  }

  /** The functions this workflow's tasks invoke, for the grants the state machine gets. */
  invokedFunctions(): readonly IFunction[] {
    return [...this.invoked];
  }

  /**
   * A Lambda task with the shared Retry and Catch. Its payload is built from `payload` (JSONPath
   * values allowed), or is the whole state (`'state'`). Its result goes under `$.<stateName>.result`
   * (`keep`, the default) or becomes the state (`replace`), so loops carry ids, never history.
   */
  invoke(
    stateName: string,
    lambdaFunction: IFunction,
    payload: Record<string, unknown> | 'state',
    options: { result?: 'keep' | 'replace' } = {},
  ): LambdaInvoke {
    const task = new LambdaInvoke(this.scope, stateName, {
      lambdaFunction,
      payload: payload === 'state' ? TaskInput.fromJsonPathAt('$') : TaskInput.fromObject(payload),
      payloadResponseOnly: false,
      retryOnServiceExceptions: false,
      ...(options.result === 'replace'
        ? { outputPath: '$.Payload' }
        : { resultSelector: { 'result.$': '$.Payload' }, resultPath: `$.${lowerFirst(stateName)}` }),
    });
    task.addRetry(retryPolicy);
    this.invoked.add(lambdaFunction);
    const describeFailure = new Pass(this.scope, `${stateName}Failed`, {
      parameters: {
        'executionId.$': '$$.Execution.Id',
        workflow: this.workflow,
        state: stateName,
        'error.$': `${failurePath}.Error`,
        'cause.$': `${failurePath}.Cause`,
      },
    });
    describeFailure.next(this.recordFailure);
    task.addCatch(describeFailure, { errors: [Errors.ALL], resultPath: failurePath });
    return task;
  }
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

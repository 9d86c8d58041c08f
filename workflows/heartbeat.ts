import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { type IChainable, JsonPath, Succeed } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import type { ResilientTasks } from './shared/resilience.ts';

export const heartbeatWorkflow = 'heartbeat';

export const heartbeatStates = {
  writeHeartbeat: 'WriteHeartbeat',
  done: 'Done',
} as const;

export interface HeartbeatFunctions {
  writeHeartbeat: IFunction;
}

/**
 * `heartbeat`: proves, on a fresh deployment or locally, that a workflow can run a Lambda task
 * that writes to the table. Its one task writes an item keyed by the execution id.
 */
export function heartbeatDefinition(
  scope: Construct,
  tasks: ResilientTasks,
  functions: HeartbeatFunctions,
): IChainable {
  return tasks
    .invoke(heartbeatStates.writeHeartbeat, functions.writeHeartbeat, {
      executionId: JsonPath.stringAt('$$.Execution.Id'),
      workflow: heartbeatWorkflow,
    })
    .next(new Succeed(scope, heartbeatStates.done));
}

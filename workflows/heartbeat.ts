import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { type IChainable, JsonPath, Succeed } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { defineWorkflow } from './shared/define-workflow.ts';
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

/** `heartbeat`, as the monitoring part declares it: deployed with its one task function. */
export const workflow = defineWorkflow({
  name: heartbeatWorkflow,
  functions: { writeHeartbeat: 'write-heartbeat' },
  definition: heartbeatDefinition,
});

import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Choice, Condition, type IChainable, Succeed } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import type { ResilientTasks } from './shared/resilience.ts';

export const cycleKickoffWorkflow = 'cycle-kickoff';

export const cycleKickoffStates = {
  openBatch: 'OpenBatch',
  moreOpds: 'MoreOpds',
  done: 'AllOpened',
} as const;

export interface CycleKickoffFunctions {
  kickoffBatch: IFunction;
}

/**
 * `cycle-kickoff` for a city and year (`{ city, year }`): opens the OPDs' obligations, their
 * schedules and kick-off emails one batch at a time. Each batch returns only the cursor of the
 * next, which replaces the state, so neither the state nor the history grows with the OPDs.
 */
export function cycleKickoffDefinition(
  scope: Construct,
  tasks: ResilientTasks,
  functions: CycleKickoffFunctions,
): IChainable {
  const openBatch = tasks.invoke(cycleKickoffStates.openBatch, functions.kickoffBatch, 'state', {
    result: 'replace',
  });
  const more = new Choice(scope, cycleKickoffStates.moreOpds)
    .when(Condition.isPresent('$.cursor'), openBatch)
    .otherwise(new Succeed(scope, cycleKickoffStates.done));
  return openBatch.next(more);
}

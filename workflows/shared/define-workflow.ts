import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IChainable } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import type { ResilientTasks } from './resilience.ts';

/**
 * A workflow that a part of the cycle declares by its file's name (`workflows` in its
 * descriptor): the CDK app deploys it as a state machine of its own, with the task functions it
 * names, and the embedded runtime runs the very definition CDK synthesizes.
 */
export interface WorkflowSpec<Role extends string = string> {
  /** The workflow's name, also the file's under `workflows/` (kebab-case). */
  readonly name: string;
  /** The task function (by its name in the part's descriptor) behind each role of the definition. */
  readonly functions: Readonly<Record<Role, string>>;
  /**
   * Started by schedules of the deployment's schedule group (EventBridge Scheduler), not only by
   * functions: the scheduler's role may start it, and the `schedules` capability names it.
   */
  readonly scheduled?: true;
  readonly definition: (
    scope: Construct,
    tasks: ResilientTasks,
    functions: Record<Role, IFunction>,
  ) => IChainable;
}

/** Declares a workflow, keeping the names of its task roles for the definition's type. */
export const defineWorkflow = <Role extends string>(spec: WorkflowSpec<Role>): WorkflowSpec<Role> => spec;

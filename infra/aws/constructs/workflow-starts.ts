import { ArnFormat, Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';

/** What the grant needs of a function: its environment and its role's policy. */
export type StartingFunction = IConstruct & {
  addEnvironment(key: string, value: string): unknown;
  addToRolePolicy(statement: PolicyStatement): void;
};

/** The name of a part's workflow's state machine in a stage: what the `workflows` port finds it by. */
export const stateMachineNameOf = (stage: string, workflow: string) => `siklus-${stage}-${workflow}`;

/**
 * The `workflows` capability: `fn` may start executions of the parts' workflows of its stage, and
 * only of those, found by name (a reference would tie a workflow's own task functions to it).
 * @throws Error when no part declares a workflow: the capability would grant nothing.
 */
export function grantWorkflowStarts<F extends StartingFunction>(
  fn: F,
  stage: string,
  workflows: readonly string[],
): F {
  if (workflows.length === 0) throw new Error(`${fn.node.id} declares workflows, but no part declares one`);
  const arnOf = (name: string) =>
    Stack.of(fn).formatArn({
      service: 'states',
      resource: 'stateMachine',
      resourceName: name,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
  fn.addEnvironment('STATE_MACHINE_ARN_PREFIX', arnOf(stateMachineNameOf(stage, '')));
  fn.addToRolePolicy(
    new PolicyStatement({
      actions: ['states:StartExecution'],
      resources: workflows.map((workflow) => arnOf(stateMachineNameOf(stage, workflow))),
    }),
  );
  return fn;
}

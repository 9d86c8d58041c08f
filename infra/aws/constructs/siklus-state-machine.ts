import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { CfnFunction, IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import {
  type CfnStateMachine,
  DefinitionBody,
  type IChainable,
  LogLevel,
  StateMachine,
  StateMachineType,
} from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { ResilientTasks } from '#workflows/shared/resilience.ts';
import { acknowledge } from '../nag-acknowledgements.ts';

export interface SiklusStateMachineProps {
  /** Workflow name, recorded in the template as `siklus:workflow` for the embedded runtime. */
  workflow: string;
  /** Builds the definition; every task goes through `tasks`, which adds the shared Retry and Catch. */
  definition: (scope: Construct, tasks: ResilientTasks) => IChainable;
  recordFailure: IFunction;
  logRetention: RetentionDays;
  alerts: ITopic;
  /** A fixed name, so that functions can know the ARN without a reference (no dependency cycle). */
  stateMachineName?: string;
}

/**
 * A Standard state machine with the Siklus defaults: every event logged (payloads carry ids,
 * never personal data), X-Ray on, an hour's timeout, and an alarm on failed executions.
 */
export class SiklusStateMachine extends Construct {
  readonly stateMachine: StateMachine;

  constructor(scope: Construct, id: string, props: SiklusStateMachineProps) {
    super(scope, id);
    const logs = new LogGroup(this, 'Logs', {
      logGroupName: `/aws/vendedlogs/states/siklus-${props.workflow}-${this.node.addr.slice(0, 8)}`,
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const tasks = new ResilientTasks(this, props.workflow, props.recordFailure);
    this.stateMachine = new StateMachine(this, 'StateMachine', {
      stateMachineType: StateMachineType.STANDARD,
      ...(props.stateMachineName ? { stateMachineName: props.stateMachineName } : {}),
      definitionBody: DefinitionBody.fromChainable(props.definition(this, tasks)),
      timeout: Duration.hours(1),
      tracingEnabled: true,
      logs: { destination: logs, level: LogLevel.ALL, includeExecutionData: true },
      comment: `Siklus workflow: ${props.workflow}`,
    });
    (this.stateMachine.node.defaultChild as CfnStateMachine).addMetadata('siklus:workflow', props.workflow);
    this.acknowledgeGrants(tasks.invokedFunctions());

    new Alarm(this, 'FailedAlarm', {
      alarmDescription: `Siklus workflow ${props.workflow}: an execution failed (see the WorkflowFailure records)`,
      metric: this.stateMachine.metricFailed({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new SnsAction(props.alerts));
  }

  private acknowledgeGrants(invoked: readonly IFunction[]): void {
    const policy = this.stateMachine.role.node.findChild('DefaultPolicy').node.findChild('Resource');
    acknowledge(
      policy,
      'AwsSolutions-IAM5[Resource::*]',
      'X-Ray PutTraceSegments, PutTelemetryRecords and GetSampling* and the CloudWatch Logs delivery actions support no resource-level permissions.',
    );
    for (const fn of invoked) {
      const logicalId = Stack.of(fn).getLogicalId(fn.node.defaultChild as CfnFunction);
      acknowledge(
        policy,
        `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>:*]`,
        'lambda:InvokeFunction on the qualified ARNs (versions and aliases) of a function this workflow invokes; no other function.',
      );
    }
  }
}

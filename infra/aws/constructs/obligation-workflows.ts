import { ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { CfnScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { cycleKickoffDefinition, cycleKickoffWorkflow } from '#workflows/cycle-kickoff.ts';
import { obligationReminderDefinition, obligationReminderWorkflow } from '#workflows/obligation-reminder.ts';
import { acknowledge } from '../nag-acknowledgements.ts';
import type { SiklusFunction } from './siklus-function.ts';
import { SiklusStateMachine } from './siklus-state-machine.ts';

export interface ObligationWorkflowsProps {
  stage: string;
  /** The task functions of the two workflows (declared by the obligations module). */
  tasks: {
    decideSlot: SiklusFunction;
    sendReminder: SiklusFunction;
    escalate: SiklusFunction;
    kickoffBatch: SiklusFunction;
  };
  recordFailure: SiklusFunction;
  logRetention: RetentionDays;
  alerts: ITopic;
  /** The parts' workflows that schedules of the group start (`scheduled` in their declaration), by name. */
  scheduledWorkflows: readonly string[];
}

/**
 * The clock of the cycle: `cycle-kickoff` opens obligations and creates their one-time
 * schedules in this deployment's schedule group; each schedule starts `obligation-reminder`
 * through EventBridge Scheduler (its own role, retries, a dead-letter queue).
 */
export class ObligationWorkflows extends Construct {
  readonly kickoff: SiklusStateMachine;
  readonly reminder: SiklusStateMachine;
  private readonly groupName: string;
  private readonly schedulerRole: Role;
  private readonly deadLetters: Queue;
  private readonly reminderName: string;
  private readonly scheduledArns: Record<string, string>;

  constructor(scope: Construct, id: string, props: ObligationWorkflowsProps) {
    super(scope, id);
    this.groupName = `siklus-${props.stage}`;
    this.reminderName = `siklus-${props.stage}-${obligationReminderWorkflow}`;
    const group = new CfnScheduleGroup(this, 'ScheduleGroup', { name: this.groupName });
    group.applyRemovalPolicy(RemovalPolicy.RETAIN);
    this.deadLetters = new Queue(this, 'ScheduleDeadLetters', {
      enforceSSL: true,
      encryption: QueueEncryption.SQS_MANAGED,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(
      this.deadLetters,
      'Serverless-SQSRedrivePolicy',
      'This queue is the end of the line for reminder schedules that failed every retry; a redrive of a dead-letter queue would only loop.',
    );
    acknowledge(
      this.deadLetters,
      'AwsSolutions-SQS3',
      'This queue is itself the dead-letter queue of the reminder schedules; nothing consumes it but the alarm and an operator.',
    );
    this.schedulerRole = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com'),
      description: 'EventBridge Scheduler starts obligation-reminder executions',
    });

    const { decideSlot, sendReminder, escalate, kickoffBatch } = props.tasks;

    this.reminder = new SiklusStateMachine(this, 'Reminder', {
      workflow: obligationReminderWorkflow,
      stateMachineName: this.reminderName,
      definition: (s, tasks) =>
        obligationReminderDefinition(s, tasks, { decideSlot, sendReminder, escalate }),
      recordFailure: props.recordFailure,
      logRetention: props.logRetention,
      alerts: props.alerts,
    });
    this.kickoff = new SiklusStateMachine(this, 'Kickoff', {
      workflow: cycleKickoffWorkflow,
      definition: (s, tasks) => cycleKickoffDefinition(s, tasks, { kickoffBatch }),
      recordFailure: props.recordFailure,
      logRetention: props.logRetention,
      alerts: props.alerts,
    });
    this.reminder.stateMachine.grantStartExecution(this.schedulerRole);
    this.deadLetters.grantSendMessages(this.schedulerRole);
    // The parts' scheduled workflows are deployed with the others; by name here, as they are made later.
    this.scheduledArns = Object.fromEntries(
      props.scheduledWorkflows.map((workflow) => [
        workflow,
        Stack.of(this).formatArn({
          service: 'states',
          resource: 'stateMachine',
          resourceName: `siklus-${props.stage}-${workflow}`,
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        }),
      ]),
    );
    const scheduledArns = Object.values(this.scheduledArns);
    if (scheduledArns.length > 0)
      this.schedulerRole.addToPolicy(
        new PolicyStatement({ actions: ['states:StartExecution'], resources: scheduledArns }),
      );
  }

  /**
   * Lets `fn` create and delete the schedules of this deployment's group, with the role they
   * run as: the `schedules` capability (the workflow tasks, and where admins move a deadline).
   */
  grantSchedules(fn: SiklusFunction): SiklusFunction {
    const { groupName, schedulerRole } = this;
    fn.addEnvironment('SCHEDULE_GROUP', groupName);
    fn.addEnvironment('SCHEDULER_ROLE_ARN', schedulerRole.roleArn);
    fn.addEnvironment('SCHEDULER_DLQ_ARN', this.deadLetters.queueArn);
    // By name, not by reference: the reminder's own tasks are among these functions.
    fn.addEnvironment(
      'REMINDER_STATE_MACHINE_ARN',
      Stack.of(this).formatArn({
        service: 'states',
        resource: 'stateMachine',
        resourceName: this.reminderName,
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      }),
    );
    // The parts' workflows that schedules start, by name: `{ "review-reminder": "arn:..." }`.
    fn.addEnvironment('SCHEDULED_WORKFLOW_ARNS', JSON.stringify(this.scheduledArns));
    const scheduleArn = Stack.of(this).formatArn({
      service: 'scheduler',
      resource: 'schedule',
      resourceName: `${groupName}/*`,
    });
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule', 'scheduler:DeleteSchedule'],
        resources: [scheduleArn],
      }),
    );
    fn.addToRolePolicy(
      new PolicyStatement({ actions: ['iam:PassRole'], resources: [schedulerRole.roleArn] }),
    );
    acknowledge(
      fn.role?.node.findChild('DefaultPolicy').node.findChild('Resource') as Construct,
      `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/${groupName}/*]`,
      "Schedules have one fixed name per obligation slot; the grant covers only this deployment's schedule group.",
    );
    return fn;
  }
}

import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnRoute,
  type CfnStage,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { ConfigurationSet, ConfigurationSetTlsPolicy, SuppressionReasons } from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { functionsByName } from '#functions/app/functions.ts';
import { routes } from '#functions/app/routes.ts';
import type { Capability } from '#functions/platform/module/descriptor.ts';
import type { StageConfig } from '../config.ts';
import { ObligationWorkflows } from '../constructs/obligation-workflows.ts';
import { SiklusFunction } from '../constructs/siklus-function.ts';
import { SiklusStateMachine } from '../constructs/siklus-state-machine.ts';
import { grantWorkflowStarts, stateMachineNameOf } from '../constructs/workflow-starts.ts';
import { declaredWorkflows } from '../generated/workflows.ts';
import { acknowledge } from '../nag-acknowledgements.ts';
import { evidenceBucketName } from '../naming.ts';
import type { DataStack } from './data-stack.ts';

export interface AppStackProps extends StackProps {
  config: StageConfig;
  data: DataStack;
}

/** Stateless compute: functions, workflows, the HTTP API and the alerts topic. Safe to replace. */
export class AppStack extends Stack {
  readonly functions: ReadonlyMap<string, SiklusFunction>;
  readonly api: HttpApi;

  constructor(scope: Construct, id: string, props: AppStackProps) {
    super(scope, id, props);
    const logRetention = retentionOf(props.config.logRetentionDays);

    const alertsKey = new Key(this, 'AlertsKey', {
      enableKeyRotation: true,
      description: 'Encrypts Siklus alerts',
    });
    alertsKey.grantEncryptDecrypt(new ServicePrincipal('cloudwatch.amazonaws.com'));
    const alerts = new Topic(this, 'Alerts', {
      enforceSSL: true,
      masterKey: alertsKey,
      displayName: 'Siklus alerts',
    });
    if (props.config.alertEmail) alerts.addSubscription(new EmailSubscription(props.config.alertEmail));

    const { table, people } = props.data;
    const mail = new ConfigurationSet(this, 'Mail', {
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
    });
    // One function per entry file, as the modules declare them (functions/app/functions.ts).
    this.functions = new Map(
      [...functionsByName.values()].map((f) => [
        f.name,
        new SiklusFunction(this, pascal(f.name), {
          name: f.name,
          description: f.description,
          logRetention,
          ...(f.timeoutSeconds ? { timeout: Duration.seconds(f.timeoutSeconds) } : {}),
        }),
      ]),
    );
    const get = (name: string) => {
      const found = this.functions.get(name);
      if (!found) throw new Error(`No function named ${name}`);
      return found;
    };
    const recordFailure = get('record-failure');
    const obligations = new ObligationWorkflows(this, 'Obligations', {
      stage: props.config.stage,
      tasks: {
        decideSlot: get('decide-slot'),
        sendReminder: get('send-reminder'),
        escalate: get('escalate-obligation'),
        kickoffBatch: get('kickoff-batch'),
      },
      recordFailure,
      logRetention,
      alerts,
      scheduledWorkflows: declaredWorkflows.filter((w) => w.scheduled).map((w) => w.name),
    });

    // Each function gets the grants and environment of what its routes and tasks declare.
    const grants: Record<Capability, (fn: SiklusFunction) => unknown> = {
      'table-read': (fn) => fn.bindTable(table, 'read'),
      table: (fn) => fn.bindTable(table, 'readWrite'),
      'workflow-records': (fn) => fn.bindTable(table, 'readWrite'),
      evidence: (fn) => fn.bindEvidence(evidenceBucketName(props.config.stage)),
      mail: (fn) => fn.bindMail(mail, props.config.mailFrom),
      links: (fn) =>
        fn
          .bindSecret(props.data.linkKeys, 'LINK_KEYS_SECRET_ARN')
          .addEnvironment('BASE_URL', props.config.appOrigin),
      schedules: (fn) => obligations.grantSchedules(fn),
      people: (fn) => fn.bindPeople(people.userPool, people.client),
      'sign-in': (fn) =>
        fn
          .bindPeople(people.userPool, people.client)
          .addEnvironment('COGNITO_DOMAIN', people.domainUrl)
          .addEnvironment('BASE_URL', props.config.appOrigin),
      workflows: (fn) =>
        grantWorkflowStarts(
          fn,
          props.config.stage,
          declaredWorkflows.map((w) => w.name),
        ),
    };
    for (const f of functionsByName.values()) {
      // What the function declares, for its ports at cold start (`functions/app/aws/aws-ports.ts`).
      get(f.name).addEnvironment('SIKLUS_CAPABILITIES', [...f.needs].sort().join(','));
      // A read grant adds nothing to a read-write one.
      const writes = f.needs.has('table') || f.needs.has('workflow-records');
      const needs = [...f.needs].filter((n) => !(writes && n === 'table-read'));
      for (const need of needs) grants[need](get(f.name));
    }

    // Every workflow a part declares, each a state machine with the task functions it names. (The
    // obligation workflows above share a schedule group and the scheduler's role, wired by hand.)
    for (const spec of declaredWorkflows) {
      const functions = Object.fromEntries(
        Object.entries(spec.functions).map(([role, fn]) => [role, get(fn)]),
      );
      new SiklusStateMachine(this, `${pascal(spec.name)}Workflow`, {
        workflow: spec.name,
        stateMachineName: stateMachineNameOf(props.config.stage, spec.name),
        definition: (scope, tasks) => spec.definition(scope, tasks, functions),
        recordFailure,
        logRetention,
        alerts,
      });
    }

    this.api = new HttpApi(this, 'HttpApi', {
      apiName: `siklus-${props.config.stage}`,
      createDefaultStage: false,
    });
    const stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(
          new LogGroup(this, 'HttpApiAccessLogs', { retention: logRetention }),
        ),
        format: AccessLogFormat.jsonWithStandardFields(),
      },
    });
    // The public routes' own limits, below the stage's (the L2 stage sets the default route's only).
    const stageResource = stage.node.defaultChild as CfnStage;
    const throttled = routes.filter((r) => !r.embeddedOnly && r.throttle);
    if (throttled.length > 0)
      stageResource.routeSettings = Object.fromEntries(
        throttled.map((r) => [
          `${r.method} ${r.path}`,
          // A JSON property of the L1 stage: written as CloudFormation spells it.
          { ThrottlingRateLimit: r.throttle?.rateLimit, ThrottlingBurstLimit: r.throttle?.burstLimit },
        ]),
      );
    const bearer = new HttpUserPoolAuthorizer('Bearer', people.userPool, {
      userPoolClients: [people.client],
    });
    const integrations = new Map<string, HttpLambdaIntegration>();
    for (const route of routes.filter((r) => !r.embeddedOnly)) {
      const target = this.functions.get(route.function);
      if (!target)
        throw new Error(`Route ${route.method} ${route.path} names unknown function ${route.function}`);
      const integration =
        integrations.get(route.function) ??
        new HttpLambdaIntegration(`${pascal(route.function)}Integration`, target);
      integrations.set(route.function, integration);
      const [added] = this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration,
        ...(route.access === 'bearer' ? { authorizer: bearer } : {}),
      });
      // A stage's route settings name routes that must exist first, or CloudFormation cannot find them.
      if (route.throttle && added) stageResource.addResourceDependency(added.node.defaultChild as CfnRoute);
      if (route.access !== 'bearer' && added) {
        acknowledge(
          added,
          'AwsSolutions-APIG4',
          route.access === 'public'
            ? `${route.method} ${route.path} is public by design: it serves no data scoped to a city or person.`
            : `${route.method} ${route.path} is a web page: its function checks the session cookie (and the CSRF token on POST), which a JWT authorizer cannot read.`,
        );
      }
    }
  }
}

function pascal(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}

function retentionOf(days: StageConfig['logRetentionDays']): RetentionDays {
  return { 30: RetentionDays.ONE_MONTH, 90: RetentionDays.THREE_MONTHS, 365: RetentionDays.ONE_YEAR }[days];
}

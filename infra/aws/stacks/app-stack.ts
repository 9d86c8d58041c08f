import { type Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { ConfigurationSet, ConfigurationSetTlsPolicy, SuppressionReasons } from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { routes } from '#functions/app/routes.ts';
import { heartbeatDefinition, heartbeatWorkflow } from '#workflows/heartbeat.ts';
import type { StageConfig } from '../config.ts';
import { ObligationWorkflows } from '../constructs/obligation-workflows.ts';
import { SiklusFunction } from '../constructs/siklus-function.ts';
import { SiklusStateMachine } from '../constructs/siklus-state-machine.ts';
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

    const fn = (name: string, description: string, timeout?: Duration) =>
      new SiklusFunction(this, pascal(name), {
        name,
        description,
        logRetention,
        ...(timeout ? { timeout } : {}),
      });
    const { table, people } = props.data;
    const health = fn('health', 'GET /health: answers when the table does').bindTable(table, 'read');
    const openapi = fn('openapi', 'GET /openapi.json: the API described as OpenAPI 3.1');
    const api = fn('api', 'The /api routes: forms, drafts, submissions, uploads, obligations')
      .bindEvidence(evidenceBucketName(props.config.stage))
      .bindPeople(people.userPool, people.client);
    const writeHeartbeat = fn(
      'write-heartbeat',
      'heartbeat workflow: writes one item per execution',
    ).bindTable(table, 'readWrite');
    const recordFailure = fn(
      'record-failure',
      'Catch target of every workflow: records the failure',
    ).bindTable(table, 'readWrite');
    const mail = new ConfigurationSet(this, 'Mail', {
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
    });
    const web = fn('web', 'The web pages: to-do list, forms, obligations, sign-in and signed links')
      .bindEvidence(evidenceBucketName(props.config.stage))
      .bindPeople(people.userPool, people.client);
    web.addEnvironment('COGNITO_DOMAIN', people.domainUrl);
    const obligations = new ObligationWorkflows(this, 'Obligations', {
      stage: props.config.stage,
      fn,
      table,
      linkKeys: props.data.linkKeys,
      mail,
      mailFrom: props.config.mailFrom,
      appOrigin: props.config.appOrigin,
      recordFailure,
      logRetention,
      alerts,
    });
    // Admins move deadlines and waive obligations through the API and the pages: the table, link
    // keys, mail and schedules of the obligation workflows (BASE_URL included).
    obligations.grantAdmin(api);
    obligations.grantAdmin(web);
    this.functions = new Map(
      [api, web, health, openapi, writeHeartbeat, recordFailure, ...obligations.functions].map((f) => [
        f.siklusName,
        f,
      ]),
    );

    new SiklusStateMachine(this, 'HeartbeatWorkflow', {
      workflow: heartbeatWorkflow,
      definition: (scope, tasks) => heartbeatDefinition(scope, tasks, { writeHeartbeat }),
      recordFailure,
      logRetention,
      alerts,
    });

    this.api = new HttpApi(this, 'HttpApi', {
      apiName: `siklus-${props.config.stage}`,
      createDefaultStage: false,
    });
    new HttpStage(this, 'DefaultStage', {
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

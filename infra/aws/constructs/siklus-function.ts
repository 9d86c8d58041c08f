import { Aws, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, type CfnFunction, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { IConfigurationSet } from 'aws-cdk-lib/aws-ses';
import type { Construct, IConstruct } from 'constructs';
import { tableSchema } from '#functions/platform/table/table-schema.ts';
import { acknowledge } from '../nag-acknowledgements.ts';
import { evidencePrefix } from '../naming.ts';
import { functionEntry, repoRoot } from '../paths.ts';

export interface SiklusFunctionProps {
  /** Entry file name under `functions/app/lambda/`, also recorded in the template as `siklus:function`. */
  name: string;
  description: string;
  logRetention: RetentionDays;
  memorySize?: number;
  timeout?: Duration;
}

// Granted on the table and on each named index, never on `index/*`.
const tableReadActions = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
];
const tableWriteActions = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
];

/**
 * Credential sources that the SDK's default chain imports lazily and that Lambda never reaches:
 * Lambda always sets the environment credentials, the chain's first link. Leaving them out of
 * the bundle takes about 130 KB (SSO, STS and metadata clients) off every function.
 */
const unreachableCredentialSources = [
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-web-identity',
  '@aws-sdk/credential-provider-login',
  '@aws-sdk/credential-provider-http',
  '@aws-sdk/nested-clients',
  '@smithy/credential-provider-imds',
];

/** ESM output still meets CommonJS dependencies that call `require`; this gives them one. */
const requireBanner =
  "import { createRequire as __siklusRequire } from 'node:module'; const require = __siklusRequire(import.meta.url);";

/**
 * A Lambda function with the Siklus defaults fixed: Node 24 on arm64, a minified ESM bundle with
 * the AWS SDK inside, source maps, X-Ray, its own log group with a retention, and a role that
 * starts with no managed policy.
 */
export class SiklusFunction extends NodejsFunction {
  readonly siklusName: string;

  constructor(scope: Construct, id: string, props: SiklusFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs the ${props.name} function`,
    });
    super(scope, id, {
      entry: functionEntry(props.name),
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      tracing: Tracing.ACTIVE,
      logGroup,
      role,
      projectRoot: repoRoot,
      depsLockFilePath: `${repoRoot}package-lock.json`,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: 'siklus',
        POWERTOOLS_METRICS_NAMESPACE: 'Siklus',
        POWERTOOLS_LOG_LEVEL: 'INFO',
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node24',
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        bundleAwsSDK: true,
        externalModules: unreachableCredentialSources,
        mainFields: ['module', 'main'],
        banner: requireBanner,
      },
    });
    logGroup.grantWrite(role);
    this.siklusName = props.name;
    (this.node.defaultChild as CfnFunction).addMetadata('siklus:function', props.name);
    acknowledge(
      role.node.findChild('DefaultPolicy').node.findChild('Resource'),
      'AwsSolutions-IAM5[Resource::*]',
      'X-Ray PutTraceSegments and PutTelemetryRecords support no resource-level permissions; the wildcard is only on those two actions.',
    );
    acknowledge(
      this,
      'Serverless-LambdaDLQ',
      'Invoked synchronously only (API Gateway, Step Functions), where a DLQ never receives anything; failed workflow tasks are caught and recorded by the state machine.',
    );
  }

  /** Grants access to the table and tells the function its name, in one call. */
  bindTable(table: ITable, access: 'read' | 'readWrite'): this {
    const actions = access === 'read' ? tableReadActions : [...tableReadActions, ...tableWriteActions];
    const indexArns = tableSchema.indexes.map((index) => `${table.tableArn}/index/${index.name}`);
    this.addToRolePolicy(new PolicyStatement({ actions, resources: [table.tableArn, ...indexArns] }));
    this.addEnvironment('TABLE_NAME', table.tableName);
    return this;
  }

  /**
   * Lets the function presign evidence uploads and the GETs that open a stored file (a presigned
   * URL acts with the signer's permissions, so S3 refuses it unless the role could send it
   * itself), read what was stored and delete what a refused post stored, under the evidence prefix
   * only, and names the bucket.
   */
  bindEvidence(bucketName: string): this {
    const bucketArn = `arn:${Aws.PARTITION}:s3:::${bucketName}`;
    const objects = `${bucketArn}/${evidencePrefix}*`;
    this.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'],
        resources: [objects],
      }),
    );
    // Lets HeadObject answer 404 rather than 403 for a file that was never uploaded.
    this.addToRolePolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucketArn] }));
    acknowledge(
      this.role?.node.findChild('DefaultPolicy').node.findChild('Resource') as IConstruct,
      `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::${bucketName.replace(Aws.ACCOUNT_ID, '<AWS::AccountId>').replace(Aws.REGION, '<AWS::Region>')}/${evidencePrefix}*]`,
      'Evidence objects have one key per uploaded file; the grant covers the evidence prefix of the one bucket, nothing else.',
    );
    this.addEnvironment('EVIDENCE_BUCKET', bucketName);
    return this;
  }

  /** Lets the function read one secret, and tells it the secret's ARN under `envName`. */
  bindSecret(secret: ISecret, envName: string): this {
    secret.grantRead(this);
    this.addEnvironment(envName, secret.secretArn);
    return this;
  }

  /** Lets the function send email through one configuration set, from one sender. */
  bindMail(configurationSet: IConfigurationSet, from: string): this {
    const stack = Stack.of(this);
    const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
    const domain = address.split('@')[1] ?? address;
    this.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [
          stack.formatArn({
            service: 'ses',
            resource: 'configuration-set',
            resourceName: configurationSet.configurationSetName,
          }),
          // SES authorizes the sender by its address identity or its domain identity.
          stack.formatArn({ service: 'ses', resource: 'identity', resourceName: address }),
          stack.formatArn({ service: 'ses', resource: 'identity', resourceName: domain }),
        ],
      }),
    );
    this.addEnvironment('SES_CONFIGURATION_SET', configurationSet.configurationSetName);
    this.addEnvironment('MAIL_FROM', from);
    return this;
  }

  /** Tells the function which user pool and app client issue the tokens it verifies. */
  bindPeople(userPool: IUserPool, client: IUserPoolClient): this {
    this.addEnvironment('USER_POOL_ID', userPool.userPoolId);
    this.addEnvironment('USER_POOL_CLIENT_ID', client.userPoolClientId);
    return this;
  }
}

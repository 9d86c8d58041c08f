import { spawnSync } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { createWorkflowRecords } from '#functions/monitoring/store/workflow-records.ts';
import { lambdaBundles } from '#test/bench/cold-start.ts';
import { createTestTable } from '#test/support/test-table.ts';

/** Runs `script` with `args` in a fresh Node process, Powertools quiet, with nothing but `env`. */
function runNode(script: string, args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['--input-type=module', '-e', script, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, POWERTOOLS_TRACE_ENABLED: 'false', POWERTOOLS_LOG_LEVEL: 'ERROR', ...env },
  });
}

/** Imports a bundle from cdk.out in a fresh Node process, as Lambda would, and invokes its handler once. */
function invokeBundle(file: string, event: unknown, env: Record<string, string>) {
  const script = `
const { handler } = await import(process.argv[1]);
const context = { functionName: 'bundle', awsRequestId: 'bundle-1', getRemainingTimeInMillis: () => 10000 };
console.log(JSON.stringify(await handler(JSON.parse(process.argv[2]), context)));
`;
  const result = runNode(script, [file, JSON.stringify(event)], env);
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? 'null');
}

describe('Lambda bundles as cdk synth wrote them', () => {
  const bundles = lambdaBundles(inject('assemblyDir'));

  it('runs the write-heartbeat bundle against DynamoDB Local with environment credentials', async () => {
    // Prepare
    const table = await createTestTable();
    const bundle = bundles.find((b) => b.name === 'write-heartbeat');
    expect(bundle).toBeDefined();
    const executionId = 'arn:aws:states:local:000000000000:execution:siklus-heartbeat:bundle';

    // Act
    const result = invokeBundle(
      bundle?.file ?? '',
      { executionId, workflow: 'heartbeat' },
      {
        TABLE_NAME: table.tableName,
        SIKLUS_CAPABILITIES: bundle?.env?.SIKLUS_CAPABILITIES ?? '',
        AWS_REGION: 'ap-southeast-3',
        AWS_ACCESS_KEY_ID: 'siklus',
        AWS_SECRET_ACCESS_KEY: 'siklus',
        AWS_ENDPOINT_URL_DYNAMODB: inject('dynamoEndpoint'),
      },
    );

    // Assess
    expect(result).toEqual({ executionId, created: true });
    const records = createWorkflowRecords(table.documentClient, table.tableName);
    expect(await records.getHeartbeat(executionId)).toMatchObject({ workflow: 'heartbeat' });
  });

  it('starts every bundle with just the environment its template gives it', () => {
    // The template's environment is what the function's declared capabilities bring: a bundle
    // whose entry builds ports for more (or fewer) capabilities than it declares stops here.
    expect(bundles.length).toBeGreaterThanOrEqual(10);
    for (const bundle of bundles) {
      // Lambda sets the region and the role's credentials for every function.
      const started = runNode('await import(process.argv[1]);', [bundle.file], {
        AWS_REGION: 'ap-southeast-3',
        AWS_ACCESS_KEY_ID: 'x',
        AWS_SECRET_ACCESS_KEY: 'x',
        ...bundle.env,
      });
      expect(started.status, `${bundle.name}: ${started.stderr}`).toBe(0);
    }
  });

  it('fails fast at cold start when the table name is missing', () => {
    const bundle = bundles.find((b) => b.name === 'health');
    const env = { AWS_REGION: 'ap-southeast-3', SIKLUS_CAPABILITIES: 'table-read' };
    expect(() => invokeBundle(bundle?.file ?? '', {}, env)).toThrow(/Invalid environment: TABLE_NAME/);
  });

  it('refuses to start the web pages on AWS with demo sign-in or a file link key', () => {
    const bundle = bundles.find((b) => b.name === 'web');
    const env = {
      SIKLUS_CAPABILITIES: bundle?.env?.SIKLUS_CAPABILITIES ?? '',
      TABLE_NAME: 't',
      EVIDENCE_BUCKET: 'b',
      USER_POOL_ID: 'ap-southeast-3_Test0001',
      USER_POOL_CLIENT_ID: 'client',
      COGNITO_DOMAIN: 'https://siklus.auth.ap-southeast-3.amazoncognito.com',
      BASE_URL: 'https://siklus.example.org',
      LINK_KEYS_SECRET_ARN: 'arn:aws:secretsmanager:ap-southeast-3:000000000000:secret:link-keys',
      MAIL_FROM: 'Siklus <no-reply@example.org>',
      SES_CONFIGURATION_SET: 'mail',
      // The admin page moves deadlines: the schedules of the obligation workflows.
      SCHEDULER_ROLE_ARN: 'arn:aws:iam::000000000000:role/scheduler',
      SCHEDULER_DLQ_ARN: 'arn:aws:sqs:ap-southeast-3:000000000000:dead-letters',
      REMINDER_STATE_MACHINE_ARN: 'arn:aws:states:ap-southeast-3:000000000000:stateMachine:reminder',
      SCHEDULED_WORKFLOW_ARNS: JSON.stringify({
        'review-reminder': 'arn:aws:states:ap-southeast-3:000000000000:stateMachine:review-reminder',
      }),
      SCHEDULE_GROUP: 'siklus-test',
      // A submitted self-assessment starts its review workflow.
      STATE_MACHINE_ARN_PREFIX: 'arn:aws:states:ap-southeast-3:000000000000:stateMachine:siklus-test-',
      AWS_REGION: 'ap-southeast-3',
      AWS_ACCESS_KEY_ID: 'x',
      AWS_SECRET_ACCESS_KEY: 'x',
    };
    // The same environment without the embedded-only settings starts (the handler answers).
    expect(
      invokeBundle(
        bundle?.file ?? '',
        {
          routeKey: 'GET /nowhere',
          rawPath: '/nowhere',
          headers: {},
          requestContext: { http: { method: 'GET', path: '/nowhere' } },
        },
        env,
      ),
    ).toMatchObject({
      statusCode: 404,
    });
    const extras: Record<string, string>[] = [
      { SIKLUS_DEMO_SIGN_IN: '1' },
      { SIKLUS_LINK_KEY_FILE: '/tmp/keys.json' },
    ];
    for (const extra of extras) {
      expect(() => invokeBundle(bundle?.file ?? '', {}, { ...env, ...extra })).toThrow(/embedded runtime/);
    }
  });
});

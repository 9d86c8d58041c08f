import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { routes } from '#functions/app/routes.ts';
import { createLocalFunctions, type LocalPorts } from '#infra/local/functions.ts';
import { repoRoot } from '#infra/local/paths.ts';
import { resourcesOfType, templateOf } from '#test/support/templates.ts';

describe('app stack', () => {
  const template = templateOf(inject('assemblyDir'), 'App');
  const functions = resourcesOfType(template, 'AWS::Lambda::Function');
  const entryNames = readdirSync(join(repoRoot, 'functions/app/lambda'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort();

  it('deploys one function per entry file in functions/app/lambda', () => {
    const deployed = functions.map(([, fn]) => fn.Metadata?.['siklus:function']).sort();
    expect(deployed).toEqual(entryNames);
  });

  it('gives the embedded runtime a handler for every entry file', () => {
    // Building the handlers calls no port, so empty ports do.
    const local = Object.keys(createLocalFunctions({} as LocalPorts));
    expect(local.sort()).toEqual(entryNames);
  });

  it('runs every function on Node 24, arm64, traced, with its own log group', () => {
    for (const [id, fn] of functions) {
      expect(fn.Properties, id).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogGroup: { Ref: expect.any(String) } },
      });
      expect(fn.Properties?.Environment?.Variables?.NODE_OPTIONS, id).toBe('--enable-source-maps');
    }
  });

  it('declares log groups as resources, with a retention, and no log retention custom resource', () => {
    expect(Object.values(template.Resources).map((r) => r.Type)).not.toContain('Custom::LogRetention');
    const logGroups = resourcesOfType(template, 'AWS::Logs::LogGroup');
    expect(logGroups.length).toBeGreaterThanOrEqual(functions.length);
    for (const [id, group] of logGroups) expect(group.Properties?.RetentionInDays, id).toBeGreaterThan(0);
  });

  it('grants no managed policy to function roles', () => {
    for (const [id, role] of resourcesOfType(template, 'AWS::IAM::Role')) {
      expect(role.Properties?.ManagedPolicyArns, id).toBeUndefined();
    }
  });

  it('routes the HTTP API exactly as functions/app/routes.ts says', () => {
    const routeKeys = resourcesOfType(template, 'AWS::ApiGatewayV2::Route').map(
      ([, r]) => r.Properties?.RouteKey,
    );
    const deployed = routes.filter((r) => !r.embeddedOnly);
    expect(routeKeys.sort()).toEqual(deployed.map((r) => `${r.method} ${r.path}`).sort());
    expect(routes.filter((r) => r.embeddedOnly).map((r) => r.path)).toEqual(['/demo/sign-in']);
  });

  it('throttles the public questionnaires below the stage, each route as it declares', () => {
    // Prepare
    const [[, stage] = ['', {}]] = resourcesOfType(template, 'AWS::ApiGatewayV2::Stage');
    const throttled = routes.filter((r) => r.throttle && !r.embeddedOnly);

    // Assess
    expect(throttled.map((r) => `${r.method} ${r.path}`)).toContain('POST /survei/{code}');
    expect(stage.Properties?.RouteSettings).toEqual(
      Object.fromEntries(
        throttled.map((r) => [
          `${r.method} ${r.path}`,
          { ThrottlingRateLimit: r.throttle?.rateLimit, ThrottlingBurstLimit: r.throttle?.burstLimit },
        ]),
      ),
    );
    for (const r of throttled)
      expect(r.throttle?.rateLimit).toBeLessThan(stage.Properties?.DefaultRouteSettings?.ThrottlingRateLimit);
    // Created after the routes it names: CloudFormation refuses settings of a route not there yet
    const routeIds = Object.fromEntries(
      resourcesOfType(template, 'AWS::ApiGatewayV2::Route').map(([id, r]) => [r.Properties?.RouteKey, id]),
    );
    expect(stage.DependsOn).toEqual(
      expect.arrayContaining(throttled.map((r) => routeIds[`${r.method} ${r.path}`])),
    );
  });

  it('puts the Cognito authorizer on every bearer route and none on public routes', () => {
    const authorizers = resourcesOfType(template, 'AWS::ApiGatewayV2::Authorizer');
    expect(authorizers).toHaveLength(1);
    expect(authorizers[0]?.[1].Properties).toMatchObject({
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
    });
    for (const [, route] of resourcesOfType(template, 'AWS::ApiGatewayV2::Route')) {
      const declared = routes.find((r) => `${r.method} ${r.path}` === route.Properties?.RouteKey);
      const expected = declared?.access === 'bearer' ? 'JWT' : 'NONE';
      expect(route.Properties?.AuthorizationType ?? 'NONE', route.Properties?.RouteKey).toBe(expected);
    }
  });

  it('lets functions reach only the evidence prefix of the evidence bucket', () => {
    const statements = resourcesOfType(template, 'AWS::IAM::Policy').flatMap(
      ([, policy]) =>
        policy.Properties?.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[],
    );
    const s3 = statements.filter((s) => [s.Action].flat().some((a) => a.startsWith('s3:')));
    expect(s3.length).toBeGreaterThan(0);
    for (const statement of s3) {
      const resource = JSON.stringify(statement.Resource);
      expect(resource).toMatch(/siklus-dev-ev-/);
      if ([statement.Action].flat().some((a) => a !== 's3:ListBucket'))
        expect(resource).toMatch(/\/evidence\/\*/);
    }
  });

  it('logs and traces every state machine', () => {
    const machines = resourcesOfType(template, 'AWS::StepFunctions::StateMachine');
    expect(machines.length).toBeGreaterThan(0);
    for (const [id, machine] of machines) {
      expect(machine.Properties, id).toMatchObject({
        StateMachineType: 'STANDARD',
        TracingConfiguration: { Enabled: true },
        LoggingConfiguration: { Level: 'ALL', IncludeExecutionData: true },
      });
    }
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { workflowsPorts } from '#functions/app/aws/ports/workflows.ts';
import { webDepsOf } from '#functions/app/deps.ts';
import { grantedPortNames, type Ports, ungrantedPorts } from '#functions/app/ports.ts';
import { ConfigurationError } from '#functions/platform/lambda/env.ts';
import { capabilities } from '#functions/platform/module/descriptor.ts';

const mailer = { send: async () => ({ messageId: 'm-1' }) };

describe('the AWS ports of one function', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('builds the declared capabilities and refuses every other port by name', () => {
    // Prepare
    vi.stubEnv('SIKLUS_CAPABILITIES', 'mail');

    // Act
    const ports = awsPorts('send-test', { mail: () => ({ mailer }) });
    const deps = webDepsOf(ports, { kind: 'demo', people: [], claims: () => undefined });

    // Assess
    expect(ports.mailer).toBe(mailer);
    expect(typeof ports.newId()).toBe('string');
    // The pages' deps spread the ports: what was not built refuses there too.
    for (const refusing of [ports, deps as unknown as Ports]) {
      expect(() => refusing.scheduler.schedule).toThrow(ConfigurationError);
      expect(() => refusing.obligations.get).toThrow(/obligations port/);
    }
    expect(deps.mailer).toBe(mailer);
    expect(ports.baseUrl).toBe('');
  });

  it('stops the cold start when a declared capability has no builder in the entry', () => {
    vi.stubEnv('SIKLUS_CAPABILITIES', 'mail,schedules');
    expect(() => awsPorts('send-test', { mail: () => ({ mailer }) })).toThrow(
      /send-test declares schedules but its entry builds no ports for it/,
    );
  });

  it('builds a workflow starter for the workflows capability, from the state machines’ name prefix', () => {
    vi.stubEnv('SIKLUS_CAPABILITIES', 'workflows');
    vi.stubEnv(
      'STATE_MACHINE_ARN_PREFIX',
      'arn:aws:states:ap-southeast-3:123456789012:stateMachine:siklus-prod-',
    );
    vi.stubEnv('AWS_REGION', 'ap-southeast-3');
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'not-a-secret');
    const ports = awsPorts('start-test', { workflows: workflowsPorts });
    expect(ports.workflows.start).toBeTypeOf('function');
    expect(() => ports.mailer.send).toThrow(/mailer port/);
    vi.stubEnv('STATE_MACHINE_ARN_PREFIX', '');
    expect(() => awsPorts('start-test', { workflows: workflowsPorts })).toThrow(/STATE_MACHINE_ARN_PREFIX/);
  });

  it('starts from every port the capabilities can grant', () => {
    const all = new Set(Object.keys(ungrantedPorts()));
    const granted = grantedPortNames(new Set(capabilities));
    expect([...granted].filter((name) => !all.has(name))).toEqual([]);
    expect(all.has('submissions')).toBe(true);
  });
});

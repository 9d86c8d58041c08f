import { afterEach, describe, expect, it, vi } from 'vitest';
import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { webDepsOf } from '#functions/app/deps.ts';
import { grantedPortNames, type Ports, ungrantedPorts } from '#functions/app/ports.ts';
import { ConfigurationError } from '#functions/platform/lambda/env.ts';

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

  it('starts from every port the capabilities can grant', () => {
    const all = new Set(Object.keys(ungrantedPorts()));
    const granted = grantedPortNames(
      new Set(['table', 'workflow-records', 'evidence', 'mail', 'links', 'schedules', 'people', 'sign-in']),
    );
    expect([...granted].filter((name) => !all.has(name))).toEqual([]);
    expect(all.has('submissions')).toBe(true);
  });
});

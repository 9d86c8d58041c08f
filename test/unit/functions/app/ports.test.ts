import { describe, expect, it } from 'vitest';
import { grantedPortNames, grantPorts, type Ports, ungranted } from '#functions/app/ports.ts';
import { ConfigurationError } from '#functions/platform/lambda/env.ts';

describe('ports follow the capabilities a function declares', () => {
  it('grants the clock and new ids to every function, and each capability its ports', () => {
    expect([...grantedPortNames(new Set())].sort()).toEqual(['clock', 'newId']);
    expect([...grantedPortNames(new Set(['mail', 'schedules']))].sort()).toEqual([
      'clock',
      'mailer',
      'newId',
      'scheduleGroup',
      'scheduler',
    ]);
  });

  it('keeps the workflow records apart from the stores: the monitoring tasks get them, nothing else', () => {
    expect([...grantedPortNames(new Set(['workflow-records']))].sort()).toEqual([
      'clock',
      'newId',
      'records',
    ]);
    expect(grantedPortNames(new Set(['table'])).has('records')).toBe(false);
  });

  it('replaces every port not granted by one that refuses any use, naming the port', async () => {
    // Prepare
    const mailer = { send: async () => ({ messageId: 'm-1' }) };
    const ports = { mailer, baseUrl: 'https://siklus.example', clock: { now: () => new Date(0) } };

    // Act
    const granted = grantPorts(ports as unknown as Ports, new Set(['table']));

    // Assess
    expect(() => granted.mailer.send).toThrow(ConfigurationError);
    expect(() => granted.mailer.send).toThrow(/mailer port/);
    expect(granted.baseUrl).toBe('');
    expect(granted.clock).toBe(ports.clock);
    expect(grantPorts(ports as unknown as Ports, new Set(['mail'])).mailer).toBe(mailer);
  });

  it('is no thenable, so an ungranted port may sit in an object that something awaits', async () => {
    const port = ungranted<object>('files');
    await expect(Promise.resolve(port)).resolves.toBe(port);
  });
});

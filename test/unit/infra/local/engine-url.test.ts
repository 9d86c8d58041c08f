import { describe, expect, it } from 'vitest';
import { defaultHost, engineUrl, isLoopbackHost } from '#infra/local/engine.ts';

describe('where the engine listens', () => {
  it('listens on this machine only by default', () => {
    expect(isLoopbackHost(defaultHost)).toBe(true);
  });

  it.each(['127.0.0.1', '127.1.2.3', '::1', 'localhost'])('counts %s as this machine only', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each(['0.0.0.0', '::', '192.168.1.20', '127.0.0.1.example.org', 'siklus.example.org'])(
    'counts %s as reachable from the network',
    (host) => {
      expect(isLoopbackHost(host)).toBe(false);
    },
  );

  it.each([
    ['127.0.0.1', 'http://localhost:3000'],
    ['0.0.0.0', 'http://localhost:3000'],
    ['::', 'http://localhost:3000'],
    ['192.168.1.20', 'http://192.168.1.20:3000'],
    ['fd00::20', 'http://[fd00::20]:3000'],
  ])('gives a host of %s the address %s', (host, url) => {
    expect(engineUrl(host, 3000)).toBe(url);
  });
});

import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { serveOutbox } from '#infra/local/outbox-page.ts';

const email = '2026-03-02T01-00-00-000Z-0123456789abcdef-a1b2c3.eml';

/** An outbox of one email that would read any name it is given, as a folder would. */
const outbox = {
  list: () => [email],
  read: (name: string) => `Subject: ${name}\r\n\r\nBody of ${name}`,
};

/** The status, headers and body that `serveOutbox` wrote. */
function served(pathname: string) {
  const written = { status: 0, headers: {} as Record<string, string>, body: '' };
  const response = {
    writeHead(status: number, headers: Record<string, string>) {
      Object.assign(written, { status, headers });
      return this;
    },
    end(body: string) {
      written.body = body;
      return this;
    },
  };
  serveOutbox(pathname, response as unknown as ServerResponse, outbox);
  return written;
}

describe('serveOutbox', () => {
  it('serves an email the outbox lists', () => {
    const { status, headers, body } = served(`/outbox/${email}`);
    expect(status).toBe(200);
    expect(headers['content-type']).toContain('message/rfc822');
    expect(body).toContain(`Body of ${email}`);
  });

  it.each([
    '/outbox/..%2F..%2Fkeys%2Flink-keys.json',
    '/outbox/other.eml',
    `/outbox/${email}%2F..%2Fx.eml`,
    '/outbox/%00',
  ])('answers %s with 404, reading nothing', (pathname) => {
    const { status, body } = served(pathname);
    expect(status).toBe(404);
    expect(body).not.toContain('Body of');
  });

  it.each(['/outbox/%ZZ', '/outbox/%E0%A4%A', '/outbox/%'])('answers %s with 400', (pathname) => {
    expect(served(pathname).status).toBe(400);
  });

  it('gives every answer the security headers, stricter than the pages', () => {
    for (const pathname of ['/outbox', `/outbox/${email}`, '/outbox/x', '/outbox/%ZZ']) {
      const { headers } = served(pathname);
      expect(headers['content-security-policy']).toMatch(/^default-src 'none'; /);
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy']).toContain("base-uri 'none'");
      expect(headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store',
      });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { clearCookie, readCookie, setCookie } from '#functions/web/cookies.ts';
import { CsrfError, checkCsrf } from '#functions/web/request.ts';

describe('cookies', () => {
  it('sets HttpOnly, Secure, SameSite=Lax cookies on the whole site', () => {
    expect(setCookie('__Host-siklus-session', 'abc', { maxAgeSeconds: 60 })).toBe(
      '__Host-siklus-session=abc; Path=/; Secure; SameSite=Lax; HttpOnly; Max-Age=60',
    );
    expect(clearCookie('x')).toContain('Max-Age=0');
  });

  it('reads a cookie by exact name', () => {
    const cookies = ['siklus-lang=en', '__Host-siklus-session=s%3D1', 'other-siklus-lang=id'];
    expect(readCookie(cookies, 'siklus-lang')).toBe('en');
    expect(readCookie(cookies, '__Host-siklus-session')).toBe('s=1');
    expect(readCookie(cookies, 'missing')).toBeUndefined();
    expect(readCookie(undefined, 'siklus-lang')).toBeUndefined();
  });
});

describe('checkCsrf', () => {
  it('accepts the expected token', () => {
    expect(() => checkCsrf('token-1', 'token-1')).not.toThrow();
  });

  it.each([
    ['a wrong token', 'token-1', 'token-2'],
    ['a missing token', 'token-1', null],
    ['no expected token', undefined, ''],
    ['a longer token', 'token-1', 'token-1x'],
  ])('refuses %s', (_case, expected, given) => {
    expect(() => checkCsrf(expected, given)).toThrow(CsrfError);
  });
});

import { describe, expect, it } from 'vitest';
import { clearCookie, readCookie, setCookie } from '#functions/platform/http/cookies.ts';
import { CsrfError, checkCsrf } from '#functions/platform/http/csrf.ts';

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

  it.each(['%ZZ', '%E0%A4%A', '%', 'abc%FF'])(
    'treats a cookie whose value %s does not decode as absent',
    (raw) => {
      expect(readCookie([`__Host-siklus-session=${raw}`], '__Host-siklus-session')).toBeUndefined();
    },
  );

  it('reads a later cookie of the same name when an earlier one does not decode', () => {
    const cookies = ['siklus-lang=%ZZ', 'siklus-lang=en'];
    expect(readCookie(cookies, 'siklus-lang')).toBe('en');
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

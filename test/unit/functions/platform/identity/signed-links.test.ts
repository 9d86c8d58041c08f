import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createLinkSigner, type LinkRequest } from '#functions/platform/identity/signed-links.ts';
import type { SecretStore } from '#functions/platform/ports/secrets.ts';
import { fixedClock } from '#test/support/fixed-clock.ts';

const keysOf = (value: Record<string, string>): SecretStore => ({ get: async () => JSON.stringify(value) });
const keyA = Buffer.from('a'.repeat(32)).toString('base64url');
const keyB = Buffer.from('b'.repeat(32)).toString('base64url');
const k1 = { current: 'k1', 'key:k1': keyA };
const link: LinkRequest = {
  purpose: 'fill',
  city: 'jambi',
  opd: 'diskominfo',
  person: 'operator-diskominfo',
  obligation: 'jambi.2026.diskominfo.innovation-report',
};
const at = (iso: string) => fixedClock(iso);
const signer = () => createLinkSigner(keysOf(k1), at('2026-03-01T00:00:00Z'));

/** A token built by hand: any payload, any key bytes, as an attacker would build one. */
const forge = (payload: unknown, key: Buffer) => {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
};

describe('signed links', () => {
  it('opens a link it signed, with its purpose, obligation and key id', async () => {
    const checked = await signer().check(await signer().sign(link, 3600));
    expect(checked).toEqual({ status: 'valid', payload: { ...link, kid: 'k1', exp: 1772326800 } });
  });

  it('calls a link expired after its lifetime on the engine clock, and still reads its payload', async () => {
    const token = await signer().sign(link, 3600);
    const later = createLinkSigner(keysOf(k1), at('2026-03-01T01:00:01Z'));
    expect(await later.check(token)).toMatchObject({ status: 'expired', payload: link });
  });

  it('refuses a link whose payload was changed', async () => {
    const [body, signature] = (await signer().sign(link, 3600)).split('.');
    const payload = JSON.parse(Buffer.from(body ?? '', 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...payload, opd: 'dinas-kesehatan' })).toString('base64url');
    expect(await signer().check(`${forged}.${signature}`)).toEqual({ status: 'invalid' });
  });

  it.each([
    ['the pointer field', 'current', 'k1'],
    ['the key id itself', 'k1', 'k1'],
    ['the prefixed field name', 'key:k1', 'key:k1'],
  ])('refuses a link that names %s as its key id and is keyed with a name', async (_, kid, name) => {
    const payload = { ...link, exp: 1772326800, kid };
    expect(await signer().check(forge(payload, Buffer.from(name)))).toEqual({ status: 'invalid' });
    expect(await signer().check(forge(payload, Buffer.from(name, 'base64url')))).toEqual({
      status: 'invalid',
    });
  });

  it('refuses every non-canonical spelling of a valid token', async () => {
    const token = await signer().sign(link, 3600);
    const [body = '', mac = ''] = token.split('.');
    const spellings = [
      `${token}!`,
      `${token}=x`,
      `${token}~`,
      `${token}=`,
      `${token}.`,
      `.${token}`,
      `${body}=.${mac}`,
      `${body}.${mac}A`,
      `${body}.${mac.slice(0, -1)}`,
      `${body} .${mac}`,
      `${body}.${mac.replace(/[A-Za-z0-9]$/, (c) => (c === 'A' ? 'B' : 'A'))}`,
      `${body.replace(/-/g, '+').replace(/_/g, '/')}.${mac.replace(/-/g, '+').replace(/_/g, '/')}`,
      token.replace('.', '..'),
    ].filter((t) => t !== token);
    for (const spelling of spellings)
      expect(await signer().check(spelling), spelling).toEqual({ status: 'invalid' });
  });

  it('refuses a MAC whose last character carries bits base64url does not use', async () => {
    const token = await signer().sign(link, 3600);
    const [body = '', mac = ''] = token.split('.');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(mac.at(-1) ?? 'A');
    // 43 characters carry 258 bits for 256: the last character's two low bits are always zero.
    const twin = `${mac.slice(0, -1)}${alphabet[last + 1]}`;
    expect(Buffer.from(twin, 'base64url').equals(Buffer.from(mac, 'base64url'))).toBe(true);
    expect(await signer().check(`${body}.${twin}`)).toEqual({ status: 'invalid' });
  });

  it.each(['', 'abc', 'a.b.c', '!!!.???', 'x'.repeat(5000)])(
    'refuses the malformed token %j',
    async (token) => {
      expect(await signer().check(token)).toEqual({ status: 'invalid' });
    },
  );

  it('refuses a correctly signed payload that lacks a purpose or carries a landing path', async () => {
    const key = Buffer.from(keyA, 'base64url');
    const { purpose: _purpose, ...noPurpose } = { ...link, exp: 1772326800, kid: 'k1' };
    expect(await signer().check(forge(noPurpose, key))).toEqual({ status: 'invalid' });
    const withNext = { ...link, exp: 1772326800, kid: 'k1', next: '/admin/kewajiban' };
    expect(await signer().check(forge(withNext, key))).toEqual({ status: 'invalid' });
    expect(await signer().check(forge({ ...link, exp: 1772326800, kid: 'k1' }, key))).toMatchObject({
      status: 'valid',
    });
  });

  it('keeps old links working after a rotation, and signs new ones with the new key', async () => {
    const clock = at('2026-03-01T00:00:00Z');
    const old = await createLinkSigner(keysOf(k1), clock).sign(link, 3600);
    const rotated = { ...k1, current: 'k2', 'key:k2': keyB };
    const next = createLinkSigner(keysOf(rotated), clock);
    expect(await next.check(old)).toMatchObject({ status: 'valid' });
    expect(await next.check(await next.sign(link, 3600))).toMatchObject({
      status: 'valid',
      payload: { kid: 'k2' },
    });
  });

  it('refuses a link signed with a key that was removed', async () => {
    const clock = at('2026-03-01T00:00:00Z');
    const old = await createLinkSigner(keysOf(k1), clock).sign(link, 3600);
    const withoutK1 = { current: 'k2', 'key:k2': keyB };
    expect(await createLinkSigner(keysOf(withoutK1), clock).check(old)).toEqual({ status: 'invalid' });
  });
});

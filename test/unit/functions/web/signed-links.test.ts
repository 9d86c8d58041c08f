import { describe, expect, it } from 'vitest';
import type { SecretStore } from '#functions/ports/secrets.ts';
import { createLinkSigner } from '#functions/web/signed-links.ts';
import { fixedClock } from '#test/support/fixed-clock.ts';

const keysOf = (value: Record<string, string>): SecretStore => ({ get: async () => JSON.stringify(value) });
const k1 = { current: 'k1', k1: Buffer.from('a'.repeat(32)).toString('base64url') };
const link = { city: 'jambi', opd: 'diskominfo', person: 'operator-diskominfo', next: '/tugas' };
const at = (iso: string) => fixedClock(iso);

describe('signed links', () => {
  it('opens a link it signed, with its payload and key id', async () => {
    const signer = createLinkSigner(keysOf(k1), at('2026-03-01T00:00:00Z'));
    const checked = await signer.check(await signer.sign(link, 3600));
    expect(checked).toEqual({ status: 'valid', payload: { ...link, kid: 'k1', exp: 1772326800 } });
  });

  it('calls a link expired after its lifetime, and still reads its payload for a fresh one', async () => {
    const token = await createLinkSigner(keysOf(k1), at('2026-03-01T00:00:00Z')).sign(link, 3600);
    const later = createLinkSigner(keysOf(k1), at('2026-03-01T01:00:01Z'));
    expect(await later.check(token)).toMatchObject({ status: 'expired', payload: link });
  });

  it('refuses a link whose payload was changed', async () => {
    const signer = createLinkSigner(keysOf(k1), at('2026-03-01T00:00:00Z'));
    const [body, signature] = (await signer.sign(link, 3600)).split('.');
    const payload = JSON.parse(Buffer.from(body ?? '', 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...payload, opd: 'dinas-kesehatan' })).toString('base64url');
    expect(await signer.check(`${forged}.${signature}`)).toEqual({ status: 'invalid' });
  });

  it.each(['', 'abc', 'a.b.c', '!!!.???'])('refuses the malformed token %j', async (token) => {
    expect(await createLinkSigner(keysOf(k1), at('2026-03-01T00:00:00Z')).check(token)).toEqual({
      status: 'invalid',
    });
  });

  it('keeps old links working after a rotation, and signs new ones with the new key', async () => {
    const clock = at('2026-03-01T00:00:00Z');
    const old = await createLinkSigner(keysOf(k1), clock).sign(link, 3600);
    const rotated = { ...k1, current: 'k2', k2: Buffer.from('b'.repeat(32)).toString('base64url') };
    const signer = createLinkSigner(keysOf(rotated), clock);
    expect(await signer.check(old)).toMatchObject({ status: 'valid' });
    expect(await signer.check(await signer.sign(link, 3600))).toMatchObject({
      status: 'valid',
      payload: { kid: 'k2' },
    });
  });

  it('refuses a link signed with a key that was removed', async () => {
    const clock = at('2026-03-01T00:00:00Z');
    const old = await createLinkSigner(keysOf(k1), clock).sign(link, 3600);
    const withoutK1 = { current: 'k2', k2: Buffer.from('b'.repeat(32)).toString('base64url') };
    expect(await createLinkSigner(keysOf(withoutK1), clock).check(old)).toEqual({ status: 'invalid' });
  });

  it('refuses to send people to another site after opening', async () => {
    const signer = createLinkSigner(keysOf(k1), at('2026-03-01T00:00:00Z'));
    await expect(signer.sign({ ...link, next: '//evil.example/' }, 3600)).resolves.toBeTypeOf('string');
    const token = await signer.sign({ ...link, next: '//evil.example/' }, 3600);
    expect(await signer.check(token)).toEqual({ status: 'invalid' });
  });
});

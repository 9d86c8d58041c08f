import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localTokenIssuer } from '#infra/local/local-token-issuer.ts';
import { fixedClock } from '#test/support/fixed-clock.ts';

const keyFile = () => join(mkdtempSync(join(tmpdir(), 'siklus-key-')), 'key.json');
const now = fixedClock('2026-11-27T00:00:00Z');
const claims = { sub: 'u-1', 'custom:city': 'jambi' };

describe('local token issuer', () => {
  it('signs tokens that its verifier accepts, with the claims given', async () => {
    const issuer = localTokenIssuer(keyFile(), { now: () => new Date(Date.UTC(2099, 0, 1)) });
    const verified = await issuer.verifier.verify(issuer.issue(claims));
    expect(verified).toMatchObject({ ...claims, token_use: 'id', aud: 'siklus-local' });
  });

  it('keeps its key across instances on the same file', async () => {
    const file = keyFile();
    const token = localTokenIssuer(file, now).issue(claims, 10 ** 9);
    await expect(localTokenIssuer(file, now).verifier.verify(token)).resolves.toMatchObject(claims);
  });

  it('refuses an expired token', async () => {
    const issuer = localTokenIssuer(keyFile(), fixedClock('2020-01-01T00:00:00Z'));
    await expect(issuer.verifier.verify(issuer.issue(claims, 60))).rejects.toThrow(/expired/i);
  });

  it('refuses a token whose payload was changed', async () => {
    const issuer = localTokenIssuer(keyFile(), now);
    const [header, payload, signature] = issuer.issue(claims, 10 ** 9).split('.');
    const forged = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()),
        'custom:city': 'palembang',
      }),
    ).toString('base64url');
    await expect(issuer.verifier.verify(`${header}.${forged}.${signature}`)).rejects.toThrow();
  });

  it('refuses a token signed with another key', async () => {
    const other = localTokenIssuer(keyFile(), now);
    await expect(
      localTokenIssuer(keyFile(), now).verifier.verify(other.issue(claims, 10 ** 9)),
    ).rejects.toThrow();
  });
});

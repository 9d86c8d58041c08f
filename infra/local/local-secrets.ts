import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretStore } from '#functions/ports/secrets.ts';
import { linkKeysSecret } from '#functions/web/signed-links.ts';

/**
 * The embedded runtime's secret store: one file per secret under `.siklus/keys/`. The link key
 * is generated on first use; it exists only here (on AWS the key lives in Secrets Manager).
 */
export function createLocalSecrets(dir: string): SecretStore {
  mkdirSync(dir, { recursive: true });
  return {
    get: async (name) => {
      const file = join(dir, `${name}.json`);
      if (!existsSync(file) && name === linkKeysSecret) {
        const secret = JSON.stringify({
          current: 'local-1',
          'local-1': randomBytes(32).toString('base64url'),
        });
        try {
          writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
        } catch {
          // Another process wrote it first: use theirs.
        }
      }
      return readFileSync(file, 'utf8');
    },
  };
}

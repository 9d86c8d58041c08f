import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkKeyPrefix, linkKeysSecret } from '#functions/platform/identity/link-keys.ts';
import type { SecretStore } from '#functions/platform/ports/secrets.ts';

const localKid = 'local-1';

/**
 * The embedded runtime's secret store: one file per secret under `.siklus/keys/`. The link key
 * is generated on first use; it exists only here (on AWS the key lives in Secrets Manager). A key
 * file of the earlier shape (`{"current":"local-1","local-1":"..."}`) is rewritten once into the
 * shape where keys and the pointer are separate fields.
 */
export function createLocalSecrets(dir: string): SecretStore {
  mkdirSync(dir, { recursive: true });
  return {
    get: async (name) => {
      const file = join(dir, `${name}.json`);
      if (name === linkKeysSecret) ensureLinkKeys(file);
      return readFileSync(file, 'utf8');
    },
  };
}

function ensureLinkKeys(file: string): void {
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    if (!(localKid in stored)) return;
    const { [localKid]: key, ...rest } = stored;
    writeFileSync(file, JSON.stringify({ ...rest, [`${linkKeyPrefix}${localKid}`]: key }), { mode: 0o600 });
    return;
  }
  const secret = JSON.stringify({
    current: localKid,
    [`${linkKeyPrefix}${localKid}`]: randomBytes(32).toString('base64url'),
  });
  try {
    writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  } catch {
    // Another process wrote it first: use theirs.
  }
}

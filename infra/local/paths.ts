import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Where the embedded runtime keeps its state: DynamoDB Local's files, the engine's lock file,
 * the definitions it synthesized. Git-ignored; delete it to start from nothing.
 */
export function stateDir(root = join(repoRoot, '.siklus')) {
  const paths = {
    root,
    dynamodb: join(root, 'dynamodb'),
    assembly: join(root, 'assembly'),
    files: join(root, 'files'),
    keys: join(root, 'keys'),
    tokenKey: join(root, 'keys', 'token-signing.json'),
    outbox: join(root, 'outbox'),
    clockFile: join(root, 'clock.json'),
    engineFile: join(root, 'engine.json'),
  };
  mkdirSync(paths.dynamodb, { recursive: true });
  return paths;
}

export type StateDir = ReturnType<typeof stateDir>;

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from './paths.ts';

/** What a synthesized assembly depends on. */
const synthInputs = ['infra/aws', 'functions', 'workflows', 'forms', 'package-lock.json', 'cdk.json'];

/** A digest of every file a synthesis reads, to know when an assembly is still current. */
export function hashSynthInputs(): string {
  const hash = createHash('sha256');
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
      return;
    }
    hash.update(relative(repoRoot, path));
    hash.update(readFileSync(path));
  };
  for (const input of synthInputs) visit(join(repoRoot, input));
  return hash.digest('hex');
}

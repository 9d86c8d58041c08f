import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '#infra/local/paths.ts';

/** The files allowed to read the wall time: the clock adapters. */
const clockAdapters = new Set(['functions/platform/time/system-clock.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('time', () => {
  it('is read only through the clock port', () => {
    const offenders = ['functions', 'workflows', 'forms', 'infra']
      .flatMap((dir) => sourceFiles(join(repoRoot, dir)))
      .map((path) => relative(repoRoot, path))
      .filter((path) => !clockAdapters.has(path))
      .filter((path) => /Date\.now\(\)|new Date\(\)/.test(readFileSync(join(repoRoot, path), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

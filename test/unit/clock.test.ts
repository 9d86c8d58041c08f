import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '#infra/local/paths.ts';

/**
 * The files allowed to read the wall time: the clock adapters, and the page scripts (their
 * sources and the module they are built into), which run on the person's phone, where the wall
 * time is the time to show ("sent at 10:42").
 */
const clockAdapters = new Set([
  'functions/platform/time/system-clock.ts',
  'functions/platform/web/browser-scripts.ts',
  'forms/render/browser/survey-queue.ts',
]);

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

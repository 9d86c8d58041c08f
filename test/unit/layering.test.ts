import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLayering, type LayeringReport } from '#infra/build/layering.ts';
import { repoRoot } from '#infra/local/paths.ts';

/**
 * The rules of `.dependency-cruiser.cjs` and the folder cycles, run on a small `functions/` tree
 * with one break of each: alpha and beta import each other (a cycle of folders, though not of
 * files), alpha names a type in beta's `pages/`, the platform uses a module, and domain code
 * imports the AWS SDK. Allowed there and unreported: a `store/` using the SDK, and domain code
 * naming its store's interface in a type-only import.
 */
const fixtures = join(repoRoot, 'test', 'unit', 'layering-fixtures');

let found: LayeringReport;

beforeAll(async () => {
  found = await checkLayering(['functions'], fixtures);
}, 60_000);

function violationsOf(rule: string): { from: string; to: string }[] {
  return found.violations
    .filter((violation) => violation.rule.name === rule)
    .map(({ from, to }) => ({ from, to }));
}

describe('the layering check', () => {
  it('reports a cycle between two folders, type-only imports included', () => {
    expect(found.cycles).toEqual([
      {
        folders: ['functions/alpha', 'functions/beta'],
        imports: [
          { from: 'functions/alpha/report.ts', to: 'functions/beta/summary.ts' },
          { from: 'functions/beta/notify.ts', to: 'functions/alpha/model.ts' },
        ],
      },
    ]);
  });

  it("reports a module importing another module's internals", () => {
    expect(violationsOf('no-module-internals')).toEqual([
      { from: 'functions/alpha/uses-page.ts', to: 'functions/beta/pages/page.ts' },
    ]);
  });

  it('reports the platform importing a module', () => {
    expect(violationsOf('platform-stands-alone')).toEqual([
      { from: 'functions/platform/clock/now.ts', to: 'functions/alpha/model.ts' },
    ]);
  });

  it('reports domain code importing the AWS SDK, not a store doing so or a type-only store import', () => {
    expect(violationsOf('domain-not-adapters')).toEqual([
      {
        from: 'functions/alpha/save.ts',
        to: expect.stringMatching(/node_modules\/@aws-sdk\/client-dynamodb\//),
      },
    ]);
  });

  it('reports nothing else, and fails with one failure per break', () => {
    expect(found.violations).toHaveLength(3);
    expect(found.failures).toBe(4);
    expect(found.report).toContain(
      'no-cycle-between-folders: functions/alpha → functions/beta → functions/alpha',
    );
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Acknowledgement } from '#infra/aws/nag-acknowledgements.ts';

describe('cdk-nag (AwsSolutions and Serverless packs)', () => {
  const assemblyDir = inject('assemblyDir');

  it('reports no finding that is not acknowledged', () => {
    // The synth itself exits non-zero on any finding; the report it leaves must be clean too.
    const report = JSON.parse(readFileSync(join(assemblyDir, 'validation-report.json'), 'utf8'));
    const violations = report.pluginReports.flatMap(
      (plugin: { violations?: unknown[] }) => plugin.violations ?? [],
    );
    expect(violations).toEqual([]);
  });

  it('acknowledges each finding for one rule on one existing construct, with a reason', () => {
    const file = join(assemblyDir, 'nag-acknowledgements.json');
    expect(existsSync(file)).toBe(true);
    const acknowledgements = JSON.parse(readFileSync(file, 'utf8')) as Acknowledgement[];
    const tree = readFileSync(join(assemblyDir, 'tree.json'), 'utf8');
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const ack of acknowledgements) {
      expect(ack.id, ack.path).toMatch(/^(AwsSolutions|Serverless)-[A-Za-z0-9]+(\[[^\]*]*(\*[^\]]*)?\])?$/);
      expect(ack.id, ack.path).not.toMatch(/,/);
      expect(tree, ack.path).toContain(`"path":"${ack.path}"`);
      expect(ack.reason.length, ack.path).toBeGreaterThanOrEqual(40);
    }
  });
});

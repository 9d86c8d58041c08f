import { spawnSync } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { readTemplates } from '#test/support/templates.ts';

describe('cfn-lint', () => {
  it('reports no error on the synthesized templates', () => {
    const assemblyDir = inject('assemblyDir');
    const files = [...readTemplates(assemblyDir).keys()].map(
      (stack) => `${assemblyDir}/${stack}.template.json`,
    );
    expect(files.length).toBe(2);
    const result = spawnSync('cfn-lint', ['--format', 'parseable', ...files], { encoding: 'utf8' });
    expect(result.error).toBeUndefined();
    // Exit code is a bit mask: 2 = errors, 4 = warnings (CDK output triggers harmless W3005).
    const errors = result.stdout.split('\n').filter((line) => /:E\d{4}:/.test(line));
    expect(errors).toEqual([]);
    expect(result.status! & 2).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { createLocalWorkflowStarter } from '#infra/local/local-workflow-starter.ts';

describe('the embedded workflow starter', () => {
  it('runs a workflow once per execution name, a twin waiting for the same run', async () => {
    // Prepare
    const runs: unknown[] = [];
    const local = createLocalWorkflowStarter();
    local.attach({
      start: async (workflow, input) => {
        runs.push({ workflow, input });
        return { status: 'SUCCEEDED' } as never;
      },
    });

    // Act
    await Promise.all([
      local.starter.start('submission-review', { n: 1 }, 'jambi.2026.dinkes.1'),
      local.starter.start('submission-review', { n: 1 }, 'jambi.2026.dinkes.1'),
    ]);
    await local.starter.start('submission-review', { n: 2 }, 'jambi.2026.dinkes.2');

    // Assess
    expect(runs).toEqual([
      { workflow: 'submission-review', input: { n: 1 } },
      { workflow: 'submission-review', input: { n: 2 } },
    ]);
  });

  it('refuses to start before a runner is attached', () => {
    expect(() => createLocalWorkflowStarter().starter.start('heartbeat', {}, 'x')).toThrow(
      /No workflow runner/,
    );
  });
});

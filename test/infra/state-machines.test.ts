import aslValidator from 'asl-validator';
import { describe, expect, inject, it } from 'vitest';
import { retryableErrorNames } from '#functions/platform/lambda/errors.ts';
import { loadWorkflowDefinitions } from '#infra/local/workflows/definitions.ts';

type State = Record<string, any>;

/** Every state of a definition, including those inside Map and Parallel states. */
function allStates(definition: { States: Record<string, State> }): [string, State][] {
  return Object.entries(definition.States).flatMap(([name, state]) => [
    [name, state] as [string, State],
    ...(state.Type === 'Map' ? allStates(state.ItemProcessor ?? state.Iterator) : []),
    ...(state.Type === 'Parallel' ? state.Branches.flatMap(allStates) : []),
  ]);
}

describe('synthesized state machines', () => {
  const workflows = [...loadWorkflowDefinitions(inject('assemblyDir')).values()];

  it('finds at least the heartbeat workflow in the assembly', () => {
    expect(workflows.map((w) => w.workflow)).toContain('heartbeat');
  });

  describe.each(workflows.map((w) => [w.workflow, w] as const))(
    '%s',
    (_name, { definition, functionByArn }) => {
      it('passes asl-validator', () => {
        const result = aslValidator(definition, { checkPaths: true, checkArn: true });
        expect(result.errorsText('\n')).toBe('');
        expect(result.isValid).toBe(true);
      });

      it('uses JSONPath and has no Wait state and no task token', () => {
        expect(JSON.stringify(definition)).not.toMatch(/JSONata|waitForTaskToken|"Assign"/);
        expect(allStates(definition).filter(([, s]) => s.Type === 'Wait')).toEqual([]);
      });

      it('gives every Task a jittered, capped Retry on the shared transient errors and a Catch', () => {
        const tasks = allStates(definition).filter(([, s]) => s.Type === 'Task');
        expect(tasks.length).toBeGreaterThan(0);
        for (const [name, task] of tasks) {
          expect(task.Retry, name).toHaveLength(1);
          expect(task.Retry[0], name).toMatchObject({
            ErrorEquals: [...retryableErrorNames],
            JitterStrategy: 'FULL',
            MaxDelaySeconds: expect.any(Number),
            BackoffRate: expect.any(Number),
          });
          expect(task.Catch?.[0]?.ErrorEquals, name).toEqual(['States.ALL']);
        }
      });

      it('invokes only Lambda functions that the embedded runtime knows', () => {
        const tasks = allStates(definition).filter(([, s]) => s.Type === 'Task');
        for (const [name, task] of tasks) {
          expect(task.Resource, name).toBe('arn:aws:states:::lambda:invoke');
          expect(functionByArn.has(task.Parameters.FunctionName), name).toBe(true);
        }
      });
    },
  );
});

import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { WorkflowRecords } from '#functions/monitoring/store/workflow-records.ts';
import { TransientError } from '#functions/platform/lambda/errors.ts';
import { createLocalFunctions, type LocalHandler } from '#infra/local/functions.ts';
import { loadWorkflowDefinitions, type WorkflowDefinition } from '#infra/local/workflows/definitions.ts';
import { LocalWorkflowRunner } from '#infra/local/workflows/runner.ts';
import { fixedClock } from '#test/support/fixed-clock.ts';
import { createTestPorts } from '#test/support/test-ports.ts';
import { heartbeatStates, heartbeatWorkflow } from '#workflows/heartbeat.ts';

const clock = fixedClock('2026-03-02T01:00:00.000Z');

describe('heartbeat workflow, as synthesized, on DynamoDB Local', () => {
  let records: WorkflowRecords;
  let definitions: Map<string, WorkflowDefinition>;
  let functions: Record<string, LocalHandler>;

  beforeAll(async () => {
    const { ports } = await createTestPorts(clock);
    records = ports.records;
    definitions = loadWorkflowDefinitions(inject('assemblyDir'));
    functions = createLocalFunctions(ports);
  });

  const runner = (overrides: Record<string, LocalHandler> = {}) =>
    new LocalWorkflowRunner(definitions, { ...functions, ...overrides }, clock, { retryIntervalMs: 0 });

  it('writes the heartbeat item of its execution', async () => {
    // Act
    const result = await runner().start(heartbeatWorkflow, {});

    // Assess
    expect(result.status).toBe('SUCCEEDED');
    expect(await records.getHeartbeat(result.executionId)).toEqual({
      executionId: result.executionId,
      workflow: heartbeatWorkflow,
      at: '2026-03-02T01:00:00.000Z',
    });
    expect(await records.listFailures(result.executionId)).toEqual([]);
  });

  it('retries a task that throws a transient error, then succeeds', async () => {
    // Prepare: the first two calls fail the way a throttled table does
    let calls = 0;
    const flaky: LocalHandler = async (event, context) => {
      calls++;
      if (calls <= 2) throw new TransientError('Throughput exceeded');
      return functions['write-heartbeat']?.(event, context);
    };

    // Act
    const result = await runner({ 'write-heartbeat': flaky }).start(heartbeatWorkflow, {});

    // Assess
    expect(result.status).toBe('SUCCEEDED');
    expect(calls).toBe(3);
    expect(await records.getHeartbeat(result.executionId)).toMatchObject({ workflow: heartbeatWorkflow });
  });

  it('ends in the Catch path and records the failure when a task keeps failing', async () => {
    // Prepare
    let calls = 0;
    const broken: LocalHandler = async () => {
      calls++;
      throw new TransientError('Table unavailable');
    };

    // Act
    const result = await runner({ 'write-heartbeat': broken }).start(heartbeatWorkflow, {});

    // Assess: 1 attempt + 4 retries, then the failure is recorded and the execution fails
    expect(calls).toBe(5);
    expect(result.status).toBe('FAILED');
    expect(result.error).toBe('WorkflowFailed');
    expect(await records.getHeartbeat(result.executionId)).toBeUndefined();
    const [failure, ...others] = await records.listFailures(result.executionId);
    expect(others).toEqual([]);
    expect(failure).toMatchObject({
      workflow: heartbeatWorkflow,
      state: heartbeatStates.writeHeartbeat,
      error: 'TransientError',
      at: '2026-03-02T01:00:00.000Z',
    });
    expect(JSON.parse(failure?.cause ?? '{}')).toEqual({
      errorType: 'TransientError',
      errorMessage: 'Table unavailable',
    });
  });

  it('does not retry an error no retry can fix', async () => {
    // Prepare: a payload the handler refuses
    let calls = 0;
    const strict: LocalHandler = async (_event, context) => {
      calls++;
      return functions['write-heartbeat']?.({ executionId: '' } as never, context);
    };

    // Act
    const result = await runner({ 'write-heartbeat': strict }).start(heartbeatWorkflow, {});

    // Assess
    expect(calls).toBe(1);
    expect(result.status).toBe('FAILED');
    const [failure] = await records.listFailures(result.executionId);
    expect(failure?.error).toBe('InvalidInputError');
  });

  it('writes the heartbeat once when the same execution is replayed', async () => {
    // Prepare
    const executionId = 'arn:aws:states:local:000000000000:execution:siklus-heartbeat:replayed';
    const handler = functions['write-heartbeat'];

    // Act
    const first = await handler?.({ executionId, workflow: heartbeatWorkflow } as never, {} as never);
    const second = await handler?.({ executionId, workflow: heartbeatWorkflow } as never, {} as never);

    // Assess
    expect(first).toEqual({ executionId, created: true });
    expect(second).toEqual({ executionId, created: false });
  });
});

import { randomUUID } from 'node:crypto';
import { ExecutionError, StateMachine, type StateMachineDefinition } from 'aws-local-stepfunctions';
import type { Clock } from '#functions/platform/ports/clock.ts';
import type { LocalHandler } from '../functions.ts';
import { localLambdaContext } from '../lambda-context.ts';
import { localAccount, localRegion, type WorkflowDefinition } from './definitions.ts';

export interface ExecutionResult {
  executionId: string;
  status: 'SUCCEEDED' | 'FAILED';
  output?: unknown;
  error?: string;
  cause?: string;
  /** States entered, including retries: what Step Functions bills as state transitions. */
  transitions: number;
  /** Events the local interpreter logged: a close lower bound of the AWS execution history. */
  historyEvents: number;
}

export interface RunnerOptions {
  /** Milliseconds between retries; 0 in tests and simulations. Default: the definition's own. */
  retryIntervalMs?: number;
}

/**
 * Runs the synthesized state machines with aws-local-stepfunctions. Every Lambda task runs
 * its handler in-process, with the payload and result passed through JSON as Lambda does, and
 * an error surfaces under its `name` with Lambda's JSON cause, as Step Functions sees it.
 */
export class LocalWorkflowRunner {
  /** What this runner has run so far: what Step Functions and Lambda would bill. */
  readonly usage = { executions: 0, transitions: 0, invocations: 0, maxHistoryEvents: 0 };

  constructor(
    private readonly workflows: ReadonlyMap<string, WorkflowDefinition>,
    private readonly functions: Record<string, LocalHandler>,
    private readonly clock: Clock,
    private readonly options: RunnerOptions = {},
  ) {}

  private readonly machines = new Map<string, StateMachine>();

  /** One interpreter per workflow: building one validates the definition, which takes ~0.1 s. */
  private machineOf(found: WorkflowDefinition): StateMachine {
    let machine = this.machines.get(found.workflow);
    if (!machine) {
      machine = new StateMachine(found.definition, { validationOptions: { checkArn: false } });
      this.machines.set(found.workflow, machine);
    }
    return machine;
  }

  names(): string[] {
    return [...this.workflows.keys()];
  }

  async start(workflow: string, input: unknown): Promise<ExecutionResult> {
    const found = this.workflows.get(workflow);
    if (!found) throw new Error(`Unknown workflow ${workflow}; known: ${this.names().join(', ')}`);
    const name = randomUUID();
    const executionId = `arn:aws:states:${localRegion}:${localAccount}:execution:siklus-${workflow}:${name}`;
    const machine = this.machineOf(found);
    const taskStates = taskStateNames(found.definition);
    const execution = machine.run(input as never, {
      overrides: {
        taskResourceLocalHandlers: Object.fromEntries(
          taskStates.map((state) => [
            state,
            (parameters: unknown) => this.invoke(found, parameters) as Promise<never>,
          ]),
        ),
        ...(this.options.retryIntervalMs === undefined
          ? {}
          : {
              retryIntervalOverrides: Object.fromEntries(
                taskStates.map((s) => [s, this.options.retryIntervalMs ?? 0]),
              ),
            }),
      },
      context: {
        Execution: {
          Id: executionId,
          Name: name,
          StartTime: this.clock.now().toISOString(),
          Input: input as never,
        },
        StateMachine: {
          Id: `arn:aws:states:${localRegion}:${localAccount}:stateMachine:siklus-${workflow}`,
          Name: workflow,
        },
      },
    });
    const counting = countEvents(execution.eventLogs).then((counts) => {
      this.usage.executions++;
      this.usage.transitions += counts.transitions;
      this.usage.maxHistoryEvents = Math.max(this.usage.maxHistoryEvents, counts.historyEvents);
      return counts;
    });
    try {
      const output = await execution.result;
      return { executionId, status: 'SUCCEEDED', output, ...(await counting) };
    } catch (error) {
      if (!(error instanceof ExecutionError)) throw error;
      const cause = (error as ExecutionError & { cause?: { name?: string; message?: string } }).cause;
      return {
        executionId,
        status: 'FAILED',
        error: cause?.name ?? error.name,
        cause: cause?.message,
        ...(await counting),
      };
    }
  }

  private async invoke(
    found: WorkflowDefinition,
    parameters: unknown,
  ): Promise<{ Payload: unknown; StatusCode: 200 }> {
    const { FunctionName, Payload } = parameters as { FunctionName: string; Payload: unknown };
    this.usage.invocations++;
    const name = found.functionByArn.get(FunctionName);
    const handler = name ? this.functions[name] : undefined;
    if (!name || !handler) throw new Error(`No local function for ${FunctionName}`);
    try {
      const result = await handler(
        JSON.parse(JSON.stringify(Payload ?? null)) as never,
        localLambdaContext(name),
      );
      return { Payload: result === undefined ? null : JSON.parse(JSON.stringify(result)), StatusCode: 200 };
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      const lambdaError = new Error(
        JSON.stringify({ errorType: failure.name, errorMessage: failure.message }),
      );
      lambdaError.name = failure.name;
      throw lambdaError;
    }
  }
}

function taskStateNames(definition: Pick<StateMachineDefinition, 'States'>): string[] {
  const names: string[] = [];
  for (const [name, state] of Object.entries(definition.States)) {
    if (state.Type === 'Task') names.push(name);
    if (state.Type === 'Map') {
      const inner = state.ItemProcessor ?? state.Iterator;
      if (inner) names.push(...taskStateNames(inner));
    }
    if (state.Type === 'Parallel') for (const branch of state.Branches) names.push(...taskStateNames(branch));
  }
  return names;
}

type EventLogs = ReturnType<StateMachine['run']>['eventLogs'];

async function countEvents(events: EventLogs): Promise<{ transitions: number; historyEvents: number }> {
  let transitions = 0;
  let historyEvents = 0;
  for await (const event of events) {
    historyEvents++;
    if (event.type === 'StateEntered') transitions++;
  }
  return { transitions, historyEvents };
}

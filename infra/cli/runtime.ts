import { domainClock } from '#infra/local/domain-clock.ts';
import { runningEngine } from '#infra/local/engine-lock.ts';
import { createLocalFunctions } from '#infra/local/functions.ts';
import { createLocalPorts, type LocalRuntimePorts } from '#infra/local/local-ports.ts';
import type { StoredSchedule } from '#infra/local/local-scheduler.ts';
import type { StateDir } from '#infra/local/paths.ts';
import { synthesizeDefinitions } from '#infra/local/synth-definitions.ts';
import { loadWorkflowDefinitions } from '#infra/local/workflows/definitions.ts';
import { type ExecutionResult, LocalWorkflowRunner } from '#infra/local/workflows/runner.ts';
import { type Database, withDatabase } from './database.ts';

export interface Runtime {
  db: Database;
  ports: LocalRuntimePorts;
  workflows: LocalWorkflowRunner;
  /** Starts the workflow a schedule names, as EventBridge Scheduler would; keeps failed results. */
  fire: (schedule: StoredSchedule) => Promise<void>;
  failures: ExecutionResult[];
}

/**
 * Everything a command needs to act as the embedded engine: its database, every local port on
 * the domain clock, and the synthesized state machines with their tasks in-process. Retries
 * wait no time here (commands replay a year in minutes).
 */
export async function withRuntime<T>(dirs: StateDir, work: (runtime: Runtime) => Promise<T>): Promise<T> {
  return withDatabase(dirs, async (db) => {
    const clock = domainClock(dirs.clockFile);
    const baseUrl = runningEngine(dirs.engineFile)?.httpUrl ?? 'http://localhost:3000';
    const ports = createLocalPorts({
      documentClient: db.documentClient,
      tableName: db.tableName,
      dirs,
      baseUrl,
      clock,
    });
    const definitions = loadWorkflowDefinitions(synthesizeDefinitions(dirs.assembly));
    const workflows = new LocalWorkflowRunner(definitions, createLocalFunctions(ports), clock, {
      retryIntervalMs: 0,
    });
    // A submitted self-assessment starts its review on this runner.
    ports.localWorkflows.attach(workflows);
    const failures: ExecutionResult[] = [];
    const fire = async (schedule: StoredSchedule) => {
      const result = await workflows.start(schedule.workflow, schedule.input);
      if (result.status !== 'SUCCEEDED') failures.push(result);
    };
    return work({ db, ports, workflows, fire, failures });
  });
}

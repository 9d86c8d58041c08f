import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { moduleKinds } from '#functions/app/generated/kinds.ts';
import { startCycle } from '#functions/obligations/start-cycle.ts';
import { ensureTable } from '#infra/local/create-table.ts';
import { demoOpds, demoYearStart } from '#infra/local/demo-city.ts';
import { createDynamoClients } from '#infra/local/dynamodb-client.ts';
import { createLocalFunctions } from '#infra/local/functions.ts';
import { createLocalPorts } from '#infra/local/local-ports.ts';
import { stateDir } from '#infra/local/paths.ts';
import { seedDemoCity } from '#infra/local/seed.ts';
import { simulateYear } from '#infra/local/simulation/simulate-year.ts';
import { createVirtualClock } from '#infra/local/virtual-clock.ts';
import { loadWorkflowDefinitions } from '#infra/local/workflows/definitions.ts';
import { LocalWorkflowRunner } from '#infra/local/workflows/runner.ts';
import { countDynamoUsage } from './dynamo-usage.ts';

export interface YearRun {
  opds: number;
  seconds: number;
  emails: number;
  executions: number;
  transitions: number;
  invocations: number;
  maxHistoryEvents: number;
  schedules: number;
  dynamo: { writeUnits: number; readUnits: number };
  /**
   * Requests to the HTTP API the year's public questionnaires make: each response is its page
   * and its post, each one API Gateway request and one Lambda invocation of the web function.
   */
  publicRequests: number;
  /** The surveys' responses: impact questionnaires and citizen answers. */
  responses: { impact: number; citizens: number };
  failed: number;
}

/**
 * One whole cycle year for `opds` OPDs on a fresh table: seed, kick-off, simulate with seed 2026.
 * Counts what AWS would bill: executions and transitions, Lambda invocations, DynamoDB request
 * units (without the local scheduler's items), schedules, emails.
 */
export async function runYear(
  endpoint: string,
  assemblyDir: string,
  opds: number,
  onDay?: (d: number, n: number) => void,
): Promise<YearRun> {
  const { client, documentClient } = createDynamoClients(endpoint);
  const tableName = `bench-${opds}-${process.hrtime.bigint()}`;
  await ensureTable(client, tableName);
  const home = mkdtempSync(join(tmpdir(), 'siklus-bench-'));
  const dirs = stateDir(home);
  const clock = createVirtualClock(dirs.clockFile, demoYearStart);
  const usage = countDynamoUsage(documentClient);
  const ports = createLocalPorts({
    documentClient,
    tableName,
    dirs,
    baseUrl: 'http://localhost:3000',
    clock,
  });
  let schedules = 0;
  const schedule = ports.localScheduler.schedule.bind(ports.localScheduler);
  ports.localScheduler.schedule = async (request) => {
    schedules++;
    await schedule(request);
  };
  const runner = new LocalWorkflowRunner(
    loadWorkflowDefinitions(assemblyDir),
    createLocalFunctions(ports),
    clock,
    { retryIntervalMs: 0 },
  );
  let failed = 0;
  const started = performance.now();
  // A submitted self-assessment starts its review on the same runner.
  ports.localWorkflows.attach(runner);
  await seedDemoCity(ports.directory, ports.people, {
    extraOpds: Math.max(0, opds - demoOpds.length),
    instruments: ports.instruments,
  });
  // The year's work is what is priced, not setting the city up.
  Object.assign(usage, { calls: 0, writeUnits: 0, readUnits: 0, schedulerCalls: 0 });
  // Every kind's phase: the innovation reports and the self-assessment, with its reviews.
  await startCycle({ ...ports, kinds: moduleKinds }, clock, { city: 'jambi', year: 2026 });
  const kickoff = await runner.start('cycle-kickoff', { city: 'jambi', year: 2026 });
  if (kickoff.status !== 'SUCCEEDED') failed++;
  const year = await simulateYear(
    { ...ports, clock },
    async (s) => {
      if ((await runner.start(s.workflow, s.input)).status !== 'SUCCEEDED') failed++;
    },
    { city: 'jambi', year: 2026, seed: 2026, ...(onDay ? { onProgress: onDay } : {}) },
  );
  const seconds = (performance.now() - started) / 1000;
  const emails = ports.outbox.list().length;
  client.destroy();
  rmSync(home, { recursive: true, force: true });
  return {
    opds,
    seconds,
    emails,
    ...runner.usage,
    schedules,
    dynamo: { writeUnits: usage.writeUnits, readUnits: usage.readUnits },
    publicRequests: 2 * (year.surveys.impactResponses + year.surveys.citizenResponses),
    responses: { impact: year.surveys.impactResponses, citizens: year.surveys.citizenResponses },
    failed,
  };
}

/** List prices (US$) the issue names; Lambda duration assumed 150 ms at 512 MB on arm64. */
const price = {
  transition: 0.025 / 1000,
  invocation: 0.2 / 1_000_000 + 0.15 * 0.5 * 0.0000133334,
  write: 0.625 / 1_000_000,
  read: 0.125 / 1_000_000,
  schedule: 1 / 1_000_000,
  email: 0.1 / 1000,
  /** An HTTP API request, and the web function's invocation that serves it. */
  publicRequest: 1 / 1_000_000 + 0.2 / 1_000_000 + 0.15 * 0.5 * 0.0000133334,
};

export function costPerOpd(run: YearRun): number {
  const total =
    run.transitions * price.transition +
    run.invocations * price.invocation +
    run.dynamo.writeUnits * price.write +
    run.dynamo.readUnits * price.read +
    run.schedules * price.schedule +
    run.emails * price.email +
    run.publicRequests * price.publicRequest;
  return total / run.opds;
}

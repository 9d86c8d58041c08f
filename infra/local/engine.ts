import { once } from 'node:events';
import type { Server } from 'node:http';
import { createInstrumentStore } from '#functions/assessment/store/instrument-store.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { ensureTable } from './create-table.ts';
import { demoCity } from './demo-city.ts';
import { createDynamoClients } from './dynamodb-client.ts';
import { freePort, startDynamoDbLocal } from './dynamodb-local.ts';
import { clearEngine, recordEngine, runningEngine } from './engine-lock.ts';
import { createLocalFunctions } from './functions.ts';
import { createHttpServer } from './http-server.ts';
import { createLocalPorts } from './local-ports.ts';
import type { LocalScheduler, StoredSchedule } from './local-scheduler.ts';
import type { StateDir } from './paths.ts';
import { seedDemoCity } from './seed.ts';
import { synthesizeDefinitions } from './synth-definitions.ts';
import { loadWorkflowDefinitions } from './workflows/definitions.ts';
import { LocalWorkflowRunner } from './workflows/runner.ts';

export const localTableName = 'siklus';

export interface EngineOptions {
  dirs: StateDir;
  port: number;
  /**
   * The interface to listen on; {@link defaultHost} unless told. Anyone who reaches the engine
   * can sign in as a demo admin and read the outbox, so any other is an explicit choice.
   */
  host?: string;
  clock: Clock;
  dynamoPort?: number;
}

/** Only this machine reaches the engine by default. */
export const defaultHost = '127.0.0.1';

/** True when `host` is reached from this machine only (a loopback address). */
export const isLoopbackHost = (host: string) =>
  host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);

/**
 * Where a person on this machine opens the engine: `localhost` for loopback and for every
 * interface (0.0.0.0, ::), else the one address it listens on.
 */
export function engineUrl(host: string, port: number): string {
  if (isLoopbackHost(host) || host === '0.0.0.0' || host === '::') return `http://localhost:${port}`;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

export interface Engine {
  url: string;
  workflows: LocalWorkflowRunner;
  stop(): Promise<void>;
}

/** Thrown when the HTTP port is taken; the message says how to choose another. */
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
}

/** Thrown when an engine already runs on the same state folder. */
export class EngineRunningError extends Error {
  override readonly name = 'EngineRunningError';
}

/**
 * Starts the embedded runtime: the HTTP server first (so a taken port fails before anything
 * else starts), then DynamoDB Local on the state folder, the table, and the state machines.
 */
export async function startEngine({
  dirs,
  port,
  host = defaultHost,
  clock,
  dynamoPort,
}: EngineOptions): Promise<Engine> {
  const existing = runningEngine(dirs.engineFile);
  if (existing) {
    throw new EngineRunningError(
      existing.httpUrl
        ? `Siklus is already running (pid ${existing.pid}) at ${existing.httpUrl}`
        : `A siklus command (pid ${existing.pid}) is using the database; start again when it ends`,
    );
  }
  const url = engineUrl(host, port);
  const endpointPort = dynamoPort ?? (await freePort());
  const { client, documentClient } = createDynamoClients(`http://127.0.0.1:${endpointPort}`);
  const ports = createLocalPorts({
    documentClient,
    tableName: localTableName,
    dirs,
    baseUrl: url,
    clock,
  });
  const functions = createLocalFunctions(ports);
  const server = createHttpServer(functions, clock, ports.localFiles, ports.outbox);
  await listen(server, port, host);

  let dynamo: Awaited<ReturnType<typeof startDynamoDbLocal>> | undefined;
  try {
    dynamo = await startDynamoDbLocal({ path: dirs.dynamodb, port: endpointPort });
    await ensureTable(client, localTableName);
    if (!(await ports.directory.getCity(demoCity.id))) {
      console.log(`First start: seeding ${demoCity.name}...`);
      await seedDemoCity(ports.directory, ports.people, {
        instruments: createInstrumentStore(documentClient, localTableName),
      });
    }
    const workflows = new LocalWorkflowRunner(
      loadWorkflowDefinitions(synthesizeDefinitions(dirs.assembly)),
      functions,
      clock,
    );
    ports.localWorkflows.attach(workflows);
    recordEngine(dirs.engineFile, {
      pid: process.pid,
      httpUrl: url,
      dynamoEndpoint: dynamo.endpoint,
      dynamoPid: dynamo.pid,
      tableName: localTableName,
    });
    const running = dynamo;
    const stopScheduler = runScheduler(ports.localScheduler, clock, async (schedule) => {
      const result = await workflows.start(schedule.workflow, schedule.input);
      if (result.status !== 'SUCCEEDED') console.error(`${schedule.workflow} failed: ${result.error}`);
    });
    return {
      url,
      workflows,
      stop: async () => {
        await stopScheduler();
        server.close();
        server.closeAllConnections();
        client.destroy();
        await running.stop();
        clearEngine(dirs.engineFile, process.pid);
      },
    };
  } catch (error) {
    server.close();
    client.destroy();
    await dynamo?.stop();
    throw error;
  }
}

async function listen(server: Server, port: number, host: string): Promise<void> {
  server.listen(port, host);
  try {
    await once(server, 'listening');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new PortInUseError(`Port ${port} is in use. Choose another port: PORT=${port + 1} npm start`);
    }
    throw error;
  }
}

/**
 * Fires due schedules every two seconds, as the clock passes them (the virtual clock passes them
 * when a command advances it; then the command fires them itself, and this finds nothing due).
 */
function runScheduler(
  scheduler: LocalScheduler,
  clock: Clock,
  fire: (schedule: StoredSchedule) => Promise<void>,
) {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(() => scheduler.runUntil(clock.now(), fire))
      .catch((error: unknown) => {
        console.error('Scheduler:', (error as Error).message);
      });
  }, 2000);
  return async () => {
    clearInterval(timer);
    await running;
  };
}

import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { formCatalog } from '#forms/catalog.ts';
import type { Answers } from '#forms/engine/definition.ts';
import { moduleKinds } from '#functions/app/generated/kinds.ts';
import { obligationDepsOf } from '#functions/app/obligation-deps.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import { type Obligation, obligationIdOf } from '#functions/obligations/model.ts';
import { createSubmissionLinker } from '#functions/obligations/record-submission.ts';
import { type StartCycleInput, startCycle } from '#functions/obligations/start-cycle.ts';
import type { AuditEvent } from '#functions/platform/audit/audit-event.ts';
import type { Scheduler } from '#functions/platform/ports/scheduler.ts';
import { submit } from '#functions/submissions/submit.ts';
import { createLocalFunctions, type LocalHandler, type LocalPorts } from '#infra/local/functions.ts';
import { createLocalPorts, type LocalRuntimePorts } from '#infra/local/local-ports.ts';
import type { StoredSchedule } from '#infra/local/local-scheduler.ts';
import { stateDir } from '#infra/local/paths.ts';
import { seedDemoCity } from '#infra/local/seed.ts';
import { createVirtualClock, type VirtualClock } from '#infra/local/virtual-clock.ts';
import { loadWorkflowDefinitions, type WorkflowDefinition } from '#infra/local/workflows/definitions.ts';
import { type ExecutionResult, LocalWorkflowRunner } from '#infra/local/workflows/runner.ts';
import { makeInnovationAnswers } from './api-answers.ts';
import { parseOutbox, type SentEmail } from './cycle-mail.ts';
import { createTestTable } from './test-table.ts';

/** The demo city's cycle that these tests run: Kota Jambi (WIB), 2026. */
export const city = 'jambi';
export const year = 2026;
/** Monday 5 January 2026, 08:00 WIB: where every cycle test's virtual clock starts. */
export const cycleStart = '2026-01-05T01:00:00.000Z';

/**
 * The monthly reminders of the demo cycle (kick-off 5 January, due 30 October) as `[instant, slot]`:
 * 08:00 WIB on the first working day of each month from February to September, before D-30.
 */
export const demoMonthlyReminders = [
  ['2026-02-02T01:00:00.000Z', 'M-2026-02'],
  ['2026-03-02T01:00:00.000Z', 'M-2026-03'],
  ['2026-04-01T01:00:00.000Z', 'M-2026-04'],
  ['2026-05-04T01:00:00.000Z', 'M-2026-05'],
  ['2026-06-02T01:00:00.000Z', 'M-2026-06'],
  ['2026-07-01T01:00:00.000Z', 'M-2026-07'],
  ['2026-08-03T01:00:00.000Z', 'M-2026-08'],
  ['2026-09-01T01:00:00.000Z', 'M-2026-09'],
] as const;

/** The slots of {@link demoMonthlyReminders}: `M-2026-02` ... `M-2026-09`. */
export const demoMonthlySlots: readonly string[] = demoMonthlyReminders.map(([, slot]) => slot);

export interface CycleRuntimeOptions {
  /** ISO instant the virtual clock starts at; default {@link cycleStart}. */
  start?: string;
}

export type CycleRuntime = Awaited<ReturnType<typeof createCycleRuntime>>;

/**
 * Three OPDs of the demo city, for a cheaper year where a test needs no more: every fired schedule
 * costs the local runner ~0.1 s. Diskominfo and Dinas Kesehatan have demo people, Bappeda none.
 */
export const smallCityOpds = ['bappeda', 'diskominfo', 'dinas-kesehatan'] as const;

export interface CycleSeedOptions {
  /** OPDs beyond the demo city's 30 (`opd-0001`...), for scale. */
  extraOpds?: number;
  /** Keep only these OPDs of the demo city, with their people (the secretary and the admins stay). */
  only?: readonly string[];
}

const seedLanes = 16;

/**
 * The demo seed (`seedDemoCity`), its writes spread over a few lanes (it writes one at a time),
 * and optionally only some of its OPDs.
 */
async function seedCity(ports: LocalRuntimePorts, { extraOpds = 0, only }: CycleSeedOptions) {
  const lanes = Array.from({ length: seedLanes }, () => Promise.resolve());
  let next = 0;
  const defer = (write: () => Promise<void>) => {
    const lane = next++ % seedLanes;
    lanes[lane] = (lanes[lane] ?? Promise.resolve()).then(write);
    return Promise.resolve();
  };
  const kept = (opd: string | undefined) => !only || opd === undefined || only.includes(opd);
  const { directory, people } = ports;
  const seeded = await seedDemoCity(
    {
      ...directory,
      putOpd: (opd) => (kept(opd.opd) ? defer(() => directory.putOpd(opd)) : Promise.resolve()),
    },
    { ...people, put: (person) => (kept(person.opd) ? defer(() => people.put(person)) : Promise.resolve()) },
    { extraOpds },
  );
  await Promise.all(lanes);
  return seeded;
}

let definitions: Map<string, WorkflowDefinition> | undefined;

/**
 * The embedded engine as `infra/cli/runtime.ts` assembles it, for one test: a fresh table in the
 * run's DynamoDB Local, a fresh state folder, a virtual clock, every local port, and the state
 * machines exactly as CDK synthesized them, their tasks in-process and retries waiting no time.
 */
export async function createCycleRuntime(options: CycleRuntimeOptions = {}) {
  const table = await createTestTable();
  const dirs = stateDir(mkdtempSync(join(tmpdir(), 'siklus-cycle-')));
  const clock: VirtualClock = createVirtualClock(dirs.clockFile, new Date(options.start ?? cycleStart));
  const ports: LocalRuntimePorts = createLocalPorts({
    documentClient: table.documentClient,
    tableName: table.tableName,
    dirs,
    baseUrl: 'http://localhost:3000',
    clock,
  });
  definitions ??= loadWorkflowDefinitions(inject('assemblyDir'));
  const loaded = definitions;

  /** Every local function, built on the runtime's ports with some of them replaced. */
  const functionsWith = (overrides: Partial<LocalPorts> = {}) =>
    createLocalFunctions({ ...ports, ...overrides });
  /** A runner whose functions use the runtime's ports (some replaced), and some functions replaced. */
  const runnerWith = (overrides: Partial<LocalPorts> = {}, handlers: Record<string, LocalHandler> = {}) =>
    new LocalWorkflowRunner(loaded, { ...functionsWith(overrides), ...handlers }, clock, {
      retryIntervalMs: 0,
    });
  const workflows = runnerWith();
  ports.localWorkflows.attach(workflows);
  const failures: ExecutionResult[] = [];
  /** A `fire` as the CLI's: starts the schedule's workflow and keeps the failed results. */
  const fireWith =
    (runner: LocalWorkflowRunner) =>
    async (schedule: StoredSchedule): Promise<void> => {
      const result = await runner.start(schedule.workflow, schedule.input);
      if (result.status !== 'SUCCEEDED') failures.push(result);
    };
  const fire = fireWith(workflows);
  const obligationDeps: ObligationDeps = obligationDepsOf({ ...ports, newId: randomUUID });
  const auditEvents = async (): Promise<AuditEvent[]> => {
    const events: AuditEvent[] = [];
    await ports.audit.forCity(city, (page) => events.push(...page));
    return events;
  };

  return {
    table,
    dirs,
    clock,
    ports,
    workflows,
    failures,
    fire,
    fireWith,
    functionsWith,
    runnerWith,
    /** What `functions/obligations/admin.ts` needs, as the CLI builds it. */
    obligationDeps,

    /** Seeds Kota Jambi: 30 OPDs with an operator and a head each, the demo people, the secretary `sekda`. */
    seed: (options: CycleSeedOptions = {}) => seedCity(ports, options),

    /** Seeds Kota Jambi with only {@link smallCityOpds}. */
    seedSmallCity: () => seedCity(ports, { only: smallCityOpds }),

    /** Starts the 2026 cycle (default due 30 October), then runs `cycle-kickoff` as the CLI does. */
    async startCycle(input: Partial<StartCycleInput> = {}): Promise<ExecutionResult> {
      await startCycle(ports, clock, { city, year, ...input });
      return workflows.start('cycle-kickoff', { city, year });
    },

    /** Fires every schedule due by `iso` in time order, then leaves the clock there. */
    advanceTo: (iso: string, fireWithThis = fire) =>
      ports.localScheduler.runUntil(new Date(iso), fireWithThis),

    /** Every email in the outbox, by the (virtual) time it was sent. */
    outbox: (): SentEmail[] => parseOutbox(ports.outbox),

    /** Every audit event of the city, in time order. */
    auditEvents,

    /** The actions of the city's audit events, e.g. `obligation.missed`. */
    auditActions: async (): Promise<string[]> => (await auditEvents()).map((event) => event.action),

    obligationId: (opd: string) => obligationIdOf(city, year, opd, 'innovation-report'),

    obligation: (opd: string): Promise<Obligation | undefined> =>
      ports.obligations.get(obligationIdOf(city, year, opd, 'innovation-report')),

    /**
     * The OPD's operator submits its innovation report now, as the simulation does (the submit
     * use case with the obligation linker), so the obligation is satisfied.
     */
    submitReport: (opd: string, answers: Answers = makeInnovationAnswers()) =>
      submit(
        {
          store: ports.submissions,
          forms: formCatalog,
          files: ports.files,
          clock,
          newId: randomUUID,
          onSubmitted: createSubmissionLinker({ ...ports, newId: randomUUID, kinds: moduleKinds }),
        },
        { subject: `operator-${opd}`, city, opd, roles: ['opd-operator'] },
        'innovation-report',
        { formVersion: 1, answers },
      ),
  };
}

/** A scheduler that only counts the schedules it is asked to create (for measuring a workflow). */
export function countingScheduler(): Scheduler & { scheduled: () => number } {
  let scheduled = 0;
  return {
    scheduled: () => scheduled,
    schedule: async () => {
      scheduled++;
    },
    cancel: async () => undefined,
  };
}

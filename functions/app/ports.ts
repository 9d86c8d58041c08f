import type { WorkflowRecords } from '#functions/monitoring/store/workflow-records.ts';
import type { AuditLog } from '#functions/platform/audit/audit-log.ts';
import type { ClaimStore } from '#functions/platform/identity/claim-store.ts';
import type { RateLimitStore } from '#functions/platform/identity/rate-limit-store.ts';
import type { SessionStore } from '#functions/platform/identity/session-store.ts';
import type { LinkSigner } from '#functions/platform/identity/signed-links.ts';
import { ConfigurationError } from '#functions/platform/lambda/env.ts';
import type { Capability } from '#functions/platform/module/descriptor.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import type { FileStore } from '#functions/platform/ports/file-store.ts';
import type { Mailer } from '#functions/platform/ports/mailer.ts';
import type { Scheduler } from '#functions/platform/ports/scheduler.ts';
import type { TokenVerifier } from '#functions/platform/ports/token-verifier.ts';
import type { WorkflowStarter } from '#functions/platform/ports/workflow-starter.ts';
import { moduleStoreNames } from './generated/store-names.ts';
import type { ModuleStores } from './generated/stores.ts';

/**
 * Every port of the engine, as one runtime's adapters provide them: DynamoDB, S3, SES, Secrets
 * Manager, EventBridge Scheduler and Cognito on AWS; DynamoDB Local, folders, an outbox and a
 * local scheduler on one machine. The composition (`deps.ts`) builds each part's deps from it.
 * The parts' own stores come from their folders (`generated/stores.ts`); these are the platform's.
 */
export type Ports = PlatformPorts & ModuleStores;

/** The ports of the platform: its stores in the one table, and every adapter outside it. */
export interface PlatformPorts {
  records: WorkflowRecords;
  sessions: SessionStore;
  claims: ClaimStore;
  rateLimits: RateLimitStore;
  audit: AuditLog;
  files: FileStore;
  mailer: Mailer;
  links: LinkSigner;
  scheduler: Scheduler;
  verifier: TokenVerifier;
  /** Starts the parts' workflows by name. */
  workflows: WorkflowStarter;
  /** The schedule group of this deployment (EventBridge Scheduler groups exist before their schedules). */
  scheduleGroup: string;
  /** This site's origin, for links in emails and redirects. */
  baseUrl: string;
  clock: Clock;
  newId: () => string;
}

type PortName = keyof Ports;

/** The platform's stores in the one table. */
const platformStoreNames = [
  'sessions',
  'claims',
  'rateLimits',
  'audit',
] as const satisfies readonly PortName[];

/** The stores of the one table that `table` brings (built by `table-stores.ts`). */
export const tableStoreNames: readonly TableStoreName[] = /* @__PURE__ */ ([] as TableStoreName[]).concat(
  platformStoreNames,
  moduleStoreNames,
);
// Marked pure so that a bundle which never reads the names (a function without the table) leaves them out.
type TableStoreName = (typeof platformStoreNames)[number] | (typeof moduleStoreNames)[number];

/** Compiles only while the written-out names of the parts' stores are the names their folders build. */
export type StoreNamesMatchTheStores = [Assert<Same<(typeof moduleStoreNames)[number], keyof ModuleStores>>];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

/** The ports each capability brings; the clock and new ids come with every function. */
export const portsOfCapability: Record<Capability, readonly PortName[]> = {
  'table-read': ['records'],
  'workflow-records': ['records'],
  table: tableStoreNames,
  evidence: ['files'],
  mail: ['mailer'],
  links: ['links', 'baseUrl'],
  schedules: ['scheduler', 'scheduleGroup'],
  people: ['verifier'],
  'sign-in': ['baseUrl'],
  workflows: ['workflows'],
};

/** The ports that `needs` grants, by name. */
export function grantedPortNames(needs: ReadonlySet<Capability>): ReadonlySet<PortName> {
  return new Set<PortName>(['clock', 'newId', ...[...needs].flatMap((need) => portsOfCapability[need])]);
}

/**
 * A port the function did not declare: any use of it fails at once, with the port's name, in
 * both runtimes. That the tests pass on the embedded runtime, built the same way, is what
 * shows each declaration complete.
 */
export function ungranted<T>(port: string): T {
  return new Proxy(Object.freeze({}), {
    get(_, property) {
      // Not a thenable: an ungranted port may sit in an object that something awaits.
      if (property === 'then') return undefined;
      throw new ConfigurationError(`This function declares no capability that grants the ${port} port`);
    },
  }) as T;
}

/** The ports that are texts (an ungranted one is empty, so that building a link or a name never throws early). */
const textPorts: ReadonlySet<PortName> = new Set<PortName>(['scheduleGroup', 'baseUrl']);

/** Every port, each {@link ungranted}: what a runtime starts from before it builds the declared ones. */
export function ungrantedPorts(): Ports {
  const names = new Set<PortName>(['clock', 'newId', ...Object.values(portsOfCapability).flat()]);
  return Object.fromEntries(
    [...names].map((name) => [name, textPorts.has(name) ? '' : ungranted(name)]),
  ) as unknown as Ports;
}

/**
 * The ports as a plain object with every port in it: one a runtime did not build (on AWS, a port
 * of no declared capability) refuses every use here too, rather than being left out of a spread.
 */
export const everyPort = (ports: Ports): Ports => ({ ...ungrantedPorts(), ...ports });

/** `ports` with every port that `needs` does not grant replaced by {@link ungranted}. */
export function grantPorts(ports: Ports, needs: ReadonlySet<Capability>): Ports {
  const granted = grantedPortNames(needs);
  const out = { ...ports } as Record<PortName, unknown>;
  for (const name of Object.keys(ports) as PortName[]) {
    if (granted.has(name)) continue;
    const value = ports[name];
    out[name] = typeof value === 'string' ? '' : ungranted(name);
  }
  return out as unknown as Ports;
}

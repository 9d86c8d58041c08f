import type { DirectoryStore, PeopleStore } from '#functions/directory/stores.ts';
import type { WorkflowRecords } from '#functions/monitoring/store/workflow-records.ts';
import type { CycleStore } from '#functions/obligations/store/cycle-store.ts';
import type { DeliveryStore } from '#functions/obligations/store/delivery-store.ts';
import type { DigestStore } from '#functions/obligations/store/digest-store.ts';
import type { ObligationStore } from '#functions/obligations/store/obligation-store.ts';
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
import type { SubmissionStore } from '#functions/submissions/stores.ts';

/**
 * Every port of the engine, as one runtime's adapters provide them: DynamoDB, S3, SES, Secrets
 * Manager, EventBridge Scheduler and Cognito on AWS; DynamoDB Local, folders, an outbox and a
 * local scheduler on one machine. The composition (`deps.ts`) builds each part's deps from it.
 */
export interface Ports {
  records: WorkflowRecords;
  submissions: SubmissionStore;
  sessions: SessionStore;
  people: PeopleStore;
  claims: ClaimStore;
  rateLimits: RateLimitStore;
  audit: AuditLog;
  obligations: ObligationStore;
  directory: DirectoryStore;
  cycles: CycleStore;
  deliveries: DeliveryStore;
  digests: DigestStore;
  files: FileStore;
  mailer: Mailer;
  links: LinkSigner;
  scheduler: Scheduler;
  verifier: TokenVerifier;
  /** The schedule group of this deployment (EventBridge Scheduler groups exist before their schedules). */
  scheduleGroup: string;
  /** This site's origin, for links in emails and redirects. */
  baseUrl: string;
  clock: Clock;
  newId: () => string;
}

type PortName = keyof Ports;

/** The stores of the one table that `table` brings (built by `table-stores.ts`). */
export const tableStoreNames = [
  'submissions',
  'sessions',
  'people',
  'claims',
  'rateLimits',
  'audit',
  'obligations',
  'directory',
  'cycles',
  'deliveries',
  'digests',
] as const satisfies readonly PortName[];

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

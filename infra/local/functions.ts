import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { formCatalog } from '#forms/catalog.ts';
import { createApiHandler } from '#functions/app/api/api.ts';
import { createOpenApiHandler } from '#functions/app/openapi/openapi-handler.ts';
import { createWebHandler } from '#functions/app/web/web.ts';
import type { DirectoryStore } from '#functions/directory/store/directory-store.ts';
import type { PeopleStore } from '#functions/directory/store/people-store.ts';
import { createHealthHandler } from '#functions/monitoring/health.ts';
import { createRecordFailureHandler } from '#functions/monitoring/record-failure.ts';
import type { WorkflowRecords } from '#functions/monitoring/store/workflow-records.ts';
import { createWriteHeartbeatHandler } from '#functions/monitoring/write-heartbeat.ts';
import { createDueLookup } from '#functions/obligations/due-lookup.ts';
import { createDraftLinker, createSubmissionLinker } from '#functions/obligations/record-submission.ts';
import type { DeliveryStore } from '#functions/obligations/store/delivery-store.ts';
import type { DigestStore } from '#functions/obligations/store/digest-store.ts';
import type { ObligationStore } from '#functions/obligations/store/obligation-store.ts';
import {
  createDecideSlotHandler,
  createEscalateHandler,
  createKickoffBatchHandler,
  createSendReminderHandler,
} from '#functions/obligations/tasks.ts';
import type { AuditLog } from '#functions/platform/audit/audit-log.ts';
import type { ClaimStore } from '#functions/platform/identity/claim-store.ts';
import type { RateLimitStore } from '#functions/platform/identity/rate-limit-store.ts';
import type { SessionStore } from '#functions/platform/identity/session-store.ts';
import type { LinkSigner } from '#functions/platform/identity/signed-links.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import type { FileStore } from '#functions/platform/ports/file-store.ts';
import type { Mailer } from '#functions/platform/ports/mailer.ts';
import type { Scheduler } from '#functions/platform/ports/scheduler.ts';
import type { TokenVerifier } from '#functions/platform/ports/token-verifier.ts';
import type { SubmissionStore } from '#functions/submissions/store/submission-store.ts';
import { demoOpds, demoPeople } from './demo-city.ts';
import { claimsOf, secretaryId, seededPeople } from './demo-people.ts';

/** The ports that the embedded runtime wires into the handlers, in place of the AWS adapters. */
export interface LocalPorts {
  records: WorkflowRecords;
  submissions: SubmissionStore;
  sessions: SessionStore;
  people: PeopleStore;
  claims: ClaimStore;
  rateLimits: RateLimitStore;
  audit: AuditLog;
  mailer: Mailer;
  links: LinkSigner;
  files: FileStore;
  verifier: TokenVerifier;
  obligations: ObligationStore;
  directory: DirectoryStore;
  deliveries: DeliveryStore;
  digests: DigestStore;
  scheduler: Scheduler;
  scheduleGroup: string;
  clock: Clock;
  baseUrl: string;
  newId?: () => string;
}

export type LocalHandler = (event: never, context: Context) => Promise<unknown>;

/**
 * Every function of `functions/app/lambda/`, built from the same factories as on AWS but with the
 * local ports. An infra test checks that this map and the entry files name the same functions.
 */
export function createLocalFunctions(ports: LocalPorts): Record<string, LocalHandler> {
  const newId = ports.newId ?? randomUUID;
  const submissionDeps = {
    store: ports.submissions,
    forms: formCatalog,
    files: ports.files,
    clock: ports.clock,
    newId,
    onSubmitted: createSubmissionLinker({ ...ports, newId }),
    onDraftSaved: createDraftLinker({ ...ports, newId }),
    dueFor: createDueLookup(ports),
  };
  const obligationDeps = { ...ports, newId, submissions: ports.submissions };
  return {
    api: createApiHandler({
      ...submissionDeps,
      verifier: ports.verifier,
      sessions: ports.sessions,
      obligationDeps,
    }),
    web: createWebHandler({
      ...submissionDeps,
      sessions: ports.sessions,
      links: ports.links,
      people: ports.people,
      mailer: ports.mailer,
      audit: ports.audit,
      claims: ports.claims,
      rateLimits: ports.rateLimits,
      baseUrl: ports.baseUrl,
      signIn: demoSignIn,
      obligationDeps,
    }),
    health: createHealthHandler(ports),
    openapi: createOpenApiHandler(),
    'write-heartbeat': createWriteHeartbeatHandler(ports),
    'record-failure': createRecordFailureHandler(ports),
    'kickoff-batch': createKickoffBatchHandler(obligationDeps),
    'decide-slot': createDecideSlotHandler(obligationDeps),
    'send-reminder': createSendReminderHandler(obligationDeps),
    'escalate-obligation': createEscalateHandler(obligationDeps),
  };
}

const seeded = seededPeople();
const featured = new Set([...demoPeople.map((p) => p.id), secretaryId]);
const opdNames = new Map(demoOpds.map((o) => [o.id, o.name]));

/** One-click sign-in as any seeded person of the demo city: exists only here, never in the AWS wiring. */
const demoSignIn = {
  kind: 'demo' as const,
  people: seeded.map((p) => ({
    id: p.personId,
    name: p.name,
    role: p.role,
    ...(p.opd ? { opd: p.opd, opdName: opdNames.get(p.opd) ?? p.opd } : {}),
    featured: featured.has(p.personId),
  })),
  claims: (personId: string) => {
    const person = seeded.find((p) => p.personId === personId);
    return person ? claimsOf(person) : undefined;
  },
};

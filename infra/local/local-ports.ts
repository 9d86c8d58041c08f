import { randomBytes } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDirectoryStore } from '#functions/directory/store/directory-store.ts';
import { createPeopleStore } from '#functions/directory/store/people-store.ts';
import { createWorkflowRecords } from '#functions/monitoring/store/workflow-records.ts';
import { createCycleStore } from '#functions/obligations/store/cycle-store.ts';
import { createDeliveryStore } from '#functions/obligations/store/delivery-store.ts';
import { createDigestStore } from '#functions/obligations/store/digest-store.ts';
import { createObligationStore } from '#functions/obligations/store/obligation-store.ts';
import { createAuditLog } from '#functions/platform/audit/audit-log.ts';
import { createClaimStore } from '#functions/platform/identity/claim-store.ts';
import { createRateLimitStore } from '#functions/platform/identity/rate-limit-store.ts';
import { createSessionStore } from '#functions/platform/identity/session-store.ts';
import { createLinkSigner } from '#functions/platform/identity/signed-links.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { systemClock } from '#functions/platform/time/system-clock.ts';
import { createSubmissionStore } from '#functions/submissions/store/submission-store.ts';
import type { LocalPorts } from './functions.ts';
import { createLocalFileStore, type LocalFileStore } from './local-file-store.ts';
import { createLocalScheduler, type LocalScheduler } from './local-scheduler.ts';
import { createLocalSecrets } from './local-secrets.ts';
import { type LocalTokenIssuer, localTokenIssuer } from './local-token-issuer.ts';
import { createOutboxMailer } from './outbox-mailer.ts';
import type { StateDir } from './paths.ts';

export interface LocalPortOptions {
  documentClient: DynamoDBDocumentClient;
  tableName: string;
  dirs: StateDir;
  /** Where the local HTTP server listens; upload tickets point there. */
  baseUrl: string;
  clock: Clock;
}

export interface LocalRuntimePorts extends LocalPorts {
  issuer: LocalTokenIssuer;
  localFiles: LocalFileStore;
  outbox: ReturnType<typeof createOutboxMailer>;
  localScheduler: LocalScheduler;
}

/**
 * The local adapters of every port, built in one place for the engine, the CLI and the tests:
 * the same DynamoDB stores as on AWS (pointed at DynamoDB Local), a folder for files, and a
 * local signer for tokens, a folder of `.eml` files for mail, a key file for signed links.
 * Tokens and sessions carry real time; signed links, like deadlines, follow the engine's clock.
 */
export function createLocalPorts({
  documentClient,
  tableName,
  dirs,
  baseUrl,
  clock,
}: LocalPortOptions): LocalRuntimePorts {
  const issuer = localTokenIssuer(dirs.tokenKey, systemClock);
  const localFiles = createLocalFileStore({
    dir: dirs.files,
    clock,
    secret: randomBytes(32).toString('hex'),
  });
  const outbox = createOutboxMailer(dirs.outbox, clock);
  const scheduler = createLocalScheduler({ db: documentClient, tableName, clock });
  return {
    obligations: createObligationStore(documentClient, tableName),
    directory: createDirectoryStore(documentClient, tableName),
    cycles: createCycleStore(documentClient, tableName),
    deliveries: createDeliveryStore(documentClient, tableName, clock),
    digests: createDigestStore(documentClient, tableName),
    scheduler,
    localScheduler: scheduler,
    scheduleGroup: 'siklus-local',
    records: createWorkflowRecords(documentClient, tableName),
    submissions: createSubmissionStore(documentClient, tableName),
    sessions: createSessionStore(documentClient, tableName, systemClock),
    people: createPeopleStore(documentClient, tableName),
    claims: createClaimStore(documentClient, tableName, clock),
    rateLimits: createRateLimitStore(documentClient, tableName, systemClock),
    audit: createAuditLog(documentClient, tableName),
    mailer: outbox,
    outbox,
    // Links expire on the engine's clock, so a simulated year ages them as it ages deadlines.
    links: createLinkSigner(createLocalSecrets(dirs.keys), clock),
    baseUrl,
    files: localFiles,
    localFiles,
    verifier: issuer.verifier,
    issuer,
    clock,
  };
}

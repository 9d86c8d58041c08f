import { randomBytes } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTableStores } from '#functions/app/table-stores.ts';
import { createWorkflowRecords } from '#functions/monitoring/store/workflow-records.ts';
import { createLinkSigner } from '#functions/platform/identity/signed-links.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { systemClock } from '#functions/platform/time/system-clock.ts';
import type { LocalPorts } from './functions.ts';
import { createLocalFileStore, type LocalFileStore } from './local-file-store.ts';
import { createLocalScheduler, type LocalScheduler } from './local-scheduler.ts';
import { createLocalSecrets } from './local-secrets.ts';
import { type LocalTokenIssuer, localTokenIssuer } from './local-token-issuer.ts';
import { createLocalWorkflowStarter, type LocalWorkflowStarter } from './local-workflow-starter.ts';
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
  /** Attaches the workflow runner, once built, to the `workflows` port. */
  localWorkflows: LocalWorkflowStarter;
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
  const localWorkflows = createLocalWorkflowStarter();
  return {
    // Sessions and sign-in counters keep real time; what follows the cycle, the engine's clock.
    ...createTableStores(documentClient, tableName, { clock, sessionClock: systemClock }),
    scheduler,
    localScheduler: scheduler,
    workflows: localWorkflows.starter,
    localWorkflows,
    scheduleGroup: 'siklus-local',
    records: createWorkflowRecords(documentClient, tableName),
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

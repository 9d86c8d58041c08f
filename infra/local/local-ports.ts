import { randomBytes } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { systemClock } from '#functions/adapters/system-clock.ts';
import type { Clock } from '#functions/ports/clock.ts';
import { createSubmissionStore } from '#functions/store/submission-store.ts';
import { createWorkflowRecords } from '#functions/store/workflow-records.ts';
import type { LocalPorts } from './functions.ts';
import { createLocalFileStore, type LocalFileStore } from './local-file-store.ts';
import { type LocalTokenIssuer, localTokenIssuer } from './local-token-issuer.ts';
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
}

/**
 * The local adapters of every port, built in one place for the engine, the CLI and the tests:
 * the same DynamoDB stores as on AWS (pointed at DynamoDB Local), a folder for files, and a
 * local signer for tokens. Tokens always carry real time, whatever clock the domain runs on.
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
    baseUrl,
    clock,
    secret: randomBytes(32).toString('hex'),
  });
  return {
    records: createWorkflowRecords(documentClient, tableName),
    submissions: createSubmissionStore(documentClient, tableName),
    files: localFiles,
    localFiles,
    verifier: issuer.verifier,
    issuer,
    clock,
  };
}

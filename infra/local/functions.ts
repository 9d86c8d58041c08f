import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { formCatalog } from '#forms/catalog.ts';
import { createApiHandler } from '#functions/api/api.ts';
import { createOpenApiHandler } from '#functions/api/openapi-handler.ts';
import { createHealthHandler } from '#functions/health/health.ts';
import type { Clock } from '#functions/ports/clock.ts';
import type { FileStore } from '#functions/ports/file-store.ts';
import type { TokenVerifier } from '#functions/ports/token-verifier.ts';
import type { SubmissionStore } from '#functions/store/submission-store.ts';
import type { WorkflowRecords } from '#functions/store/workflow-records.ts';
import { createRecordFailureHandler } from '#functions/workflow/record-failure.ts';
import { createWriteHeartbeatHandler } from '#functions/workflow/write-heartbeat.ts';

/** The ports that the embedded runtime wires into the handlers, in place of the AWS adapters. */
export interface LocalPorts {
  records: WorkflowRecords;
  submissions: SubmissionStore;
  files: FileStore;
  verifier: TokenVerifier;
  clock: Clock;
  newId?: () => string;
}

export type LocalHandler = (event: never, context: Context) => Promise<unknown>;

/**
 * Every function of `functions/lambda/`, built from the same factories as on AWS but with the
 * local ports. An infra test checks that this map and the entry files name the same functions.
 */
export function createLocalFunctions(ports: LocalPorts): Record<string, LocalHandler> {
  return {
    api: createApiHandler({
      store: ports.submissions,
      forms: formCatalog,
      files: ports.files,
      clock: ports.clock,
      newId: ports.newId ?? randomUUID,
      verifier: ports.verifier,
    }),
    health: createHealthHandler(ports),
    openapi: createOpenApiHandler(),
    'write-heartbeat': createWriteHeartbeatHandler(ports),
    'record-failure': createRecordFailureHandler(ports),
  };
}

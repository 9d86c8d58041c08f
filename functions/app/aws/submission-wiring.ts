import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import { formCatalog } from '#forms/catalog.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import { createDueLookup } from '#functions/obligations/due-lookup.ts';
import { createDraftLinker, createSubmissionLinker } from '#functions/obligations/record-submission.ts';
import { dynamoDocumentClient } from '#functions/platform/aws/clients.ts';
import { fromLambdaEnvironment } from '#functions/platform/aws/s3/credentials.ts';
import { createS3FileStore } from '#functions/platform/aws/s3-file-store.ts';
import { parseEnv } from '#functions/platform/lambda/env.ts';
import { systemClock } from '#functions/platform/time/system-clock.ts';
import type { SubmissionDeps } from '#functions/submissions/deps.ts';
import { createSubmissionStore } from '#functions/submissions/store/submission-store.ts';

/**
 * The form-filling ports on AWS, shared by the `api` and `web` functions: the table, the
 * evidence bucket, and the obligation a submission answers.
 */
export function awsSubmissionDeps(obligationDeps: ObligationDeps): SubmissionDeps {
  const env = parseEnv({
    TABLE_NAME: z.string().check(z.minLength(1)),
    EVIDENCE_BUCKET: z.string().check(z.minLength(1)),
  });
  return {
    store: createSubmissionStore(dynamoDocumentClient(), env.TABLE_NAME),
    forms: formCatalog,
    // Two HEAD attempts of 3 s each stay inside the function's 10 s timeout.
    files: createS3FileStore({
      ...fromLambdaEnvironment(),
      bucket: env.EVIDENCE_BUCKET,
      clock: systemClock,
      timeoutMs: 3000,
    }),
    clock: systemClock,
    newId: randomUUID,
    onSubmitted: createSubmissionLinker(obligationDeps),
    onDraftSaved: createDraftLinker(obligationDeps),
    dueFor: createDueLookup(obligationDeps),
  };
}

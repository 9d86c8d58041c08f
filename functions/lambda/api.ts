import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import { formCatalog } from '#forms/catalog.ts';
import { dynamoDocumentClient } from '#functions/adapters/aws/clients.ts';
import { createCognitoTokenVerifier } from '#functions/adapters/aws/cognito-token-verifier.ts';
import { withObligationDeps } from '#functions/adapters/aws/obligation-wiring.ts';
import { fromLambdaEnvironment } from '#functions/adapters/aws/s3/credentials.ts';
import { createS3FileStore } from '#functions/adapters/aws/s3-file-store.ts';
import { systemClock } from '#functions/adapters/system-clock.ts';
import { createApiHandler } from '#functions/api/api.ts';
import { createDueLookup } from '#functions/obligations/due-lookup.ts';
import { createSubmissionLinker } from '#functions/obligations/record-submission.ts';
import { parseEnv } from '#functions/shared/env.ts';
import { createSubmissionStore } from '#functions/store/submission-store.ts';

const env = parseEnv({
  TABLE_NAME: z.string().check(z.minLength(1)),
  EVIDENCE_BUCKET: z.string().check(z.minLength(1)),
  USER_POOL_ID: z.string().check(z.minLength(1)),
  USER_POOL_CLIENT_ID: z.string().check(z.minLength(1)),
});

// The admin routes (move a deadline, waive) need every port of the obligation workflows,
// wired exactly as their task functions wire them.
export const handler = withObligationDeps((obligationDeps) =>
  createApiHandler({
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
    dueFor: createDueLookup(obligationDeps),
    verifier: createCognitoTokenVerifier(env.USER_POOL_ID, env.USER_POOL_CLIENT_ID),
    obligationDeps,
  }),
);

import * as z from 'zod/mini';
import { createApiHandler } from '#functions/app/api/api.ts';
import { withObligationDeps } from '#functions/app/aws/obligation-wiring.ts';
import { awsSubmissionDeps } from '#functions/app/aws/submission-wiring.ts';
import { createCognitoTokenVerifier } from '#functions/platform/aws/cognito-token-verifier.ts';
import { parseEnv } from '#functions/platform/lambda/env.ts';

const env = parseEnv({
  USER_POOL_ID: z.string().check(z.minLength(1)),
  USER_POOL_CLIENT_ID: z.string().check(z.minLength(1)),
});

// The admin routes (move a deadline, waive) need every port of the obligation workflows,
// wired exactly as their task functions wire them.
export const handler = withObligationDeps((obligationDeps) =>
  createApiHandler({
    ...awsSubmissionDeps(obligationDeps),
    verifier: createCognitoTokenVerifier(env.USER_POOL_ID, env.USER_POOL_CLIENT_ID),
    obligationDeps,
  }),
);

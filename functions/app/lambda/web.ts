import * as z from 'zod/mini';
import { withObligationDeps } from '#functions/app/aws/obligation-wiring.ts';
import { awsSubmissionDeps } from '#functions/app/aws/submission-wiring.ts';
import { createWebHandler } from '#functions/app/web/web.ts';
import { createAuditLog } from '#functions/platform/audit/audit-log.ts';
import { dynamoDocumentClient } from '#functions/platform/aws/clients.ts';
import { createCognitoTokenVerifier } from '#functions/platform/aws/cognito-token-verifier.ts';
import { createClaimStore } from '#functions/platform/identity/claim-store.ts';
import { createRateLimitStore } from '#functions/platform/identity/rate-limit-store.ts';
import { createSessionStore } from '#functions/platform/identity/session-store.ts';
import { ConfigurationError, parseEnv } from '#functions/platform/lambda/env.ts';
import { systemClock } from '#functions/platform/time/system-clock.ts';

const env = parseEnv({
  TABLE_NAME: z.string().check(z.minLength(1)),
  USER_POOL_ID: z.string().check(z.minLength(1)),
  USER_POOL_CLIENT_ID: z.string().check(z.minLength(1)),
  COGNITO_DOMAIN: z.url(),
  BASE_URL: z.url(),
  // Only the embedded runtime signs people in as demo people or keeps a link key in a file.
  SIKLUS_DEMO_SIGN_IN: z.optional(z.string()),
  SIKLUS_LINK_KEY_FILE: z.optional(z.string()),
});
if (env.SIKLUS_DEMO_SIGN_IN !== undefined || env.SIKLUS_LINK_KEY_FILE !== undefined) {
  throw new ConfigurationError('Demo sign-in and file link keys exist only in the embedded runtime');
}

const db = dynamoDocumentClient();
const verifier = createCognitoTokenVerifier(env.USER_POOL_ID, env.USER_POOL_CLIENT_ID);

// The admin page (move a deadline, waive) needs every port of the obligation workflows, wired
// exactly as their task functions wire them; the pages share its people, mailer and link signer.
export const handler = withObligationDeps((obligationDeps) =>
  createWebHandler({
    ...awsSubmissionDeps(obligationDeps),
    sessions: createSessionStore(db, env.TABLE_NAME, systemClock),
    people: obligationDeps.people,
    claims: createClaimStore(db, env.TABLE_NAME, systemClock),
    rateLimits: createRateLimitStore(db, env.TABLE_NAME, systemClock),
    audit: createAuditLog(db, env.TABLE_NAME),
    mailer: obligationDeps.mailer,
    links: obligationDeps.links,
    signIn: { kind: 'cognito', domain: env.COGNITO_DOMAIN, clientId: env.USER_POOL_CLIENT_ID, verifier },
    baseUrl: env.BASE_URL,
    obligationDeps,
  }),
);

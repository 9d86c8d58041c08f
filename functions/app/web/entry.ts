import * as z from 'zod/mini';
import { ConfigurationError, parseEnv } from '#functions/platform/lambda/env.ts';
import { webDepsOf } from '../deps.ts';
import type { Ports } from '../ports.ts';
import { createWebHandler } from './web.ts';

/**
 * The `web` function on AWS, from its ports: Cognito's managed login is the way in. Demo sign-in
 * and file link keys exist only in the embedded runtime, and stop a cold start here.
 */
export function createAwsWebHandler(ports: Ports) {
  const env = parseEnv({
    USER_POOL_CLIENT_ID: z.string().check(z.minLength(1)),
    COGNITO_DOMAIN: z.url(),
    // Only the embedded runtime signs people in as demo people or keeps a link key in a file.
    SIKLUS_DEMO_SIGN_IN: z.optional(z.string()),
    SIKLUS_LINK_KEY_FILE: z.optional(z.string()),
  });
  if (env.SIKLUS_DEMO_SIGN_IN !== undefined || env.SIKLUS_LINK_KEY_FILE !== undefined) {
    throw new ConfigurationError('Demo sign-in and file link keys exist only in the embedded runtime');
  }
  return createWebHandler(
    webDepsOf(ports, {
      kind: 'cognito',
      domain: env.COGNITO_DOMAIN,
      clientId: env.USER_POOL_CLIENT_ID,
      verifier: ports.verifier,
    }),
  );
}

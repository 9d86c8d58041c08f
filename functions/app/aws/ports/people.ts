import * as z from 'zod/mini';
import { createCognitoTokenVerifier } from '#functions/platform/aws/cognito-token-verifier.ts';
import type { PortBuilder } from './builder.ts';

const text = z.string().check(z.minLength(1));

/** `people`: verification of the user pool's tokens. */
export const peoplePorts: PortBuilder = ({ env }) => {
  const { USER_POOL_ID, USER_POOL_CLIENT_ID } = env({ USER_POOL_ID: text, USER_POOL_CLIENT_ID: text });
  return { verifier: createCognitoTokenVerifier(USER_POOL_ID, USER_POOL_CLIENT_ID) };
};

/** `sign-in`: the site's origin for Cognito's redirects (the hosted domain is the web function's own). */
export const signInPorts: PortBuilder = ({ env }) => ({ baseUrl: env({ BASE_URL: z.url() }).BASE_URL });

import * as z from 'zod/mini';
import { parseEnv } from '#functions/platform/lambda/env.ts';

/** An AWS access key; a role's temporary key also carries a session token. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** Where a request's credentials come from; asked on every request, so it may rotate them. */
export type CredentialProvider = () => Promise<AwsCredentials>;

/** What signing a request needs besides the request: whose key, and for which region. */
export interface AwsAccess {
  region: string;
  credentials: CredentialProvider;
}

const required = () => z.string().check(z.minLength(1));

/**
 * The function role's credentials and region, as Lambda sets them in the environment of every
 * execution environment. Lambda does not change them during the environment's life, and the SDK's
 * default chain reads the same variables first, so reading them once at cold start is equivalent.
 * Throws a ConfigurationError when one is missing.
 *
 * @example
 * createS3FileStore({ ...fromLambdaEnvironment(), bucket, clock });
 */
export function fromLambdaEnvironment(source?: Record<string, string | undefined>): AwsAccess {
  const env = parseEnv(
    {
      AWS_REGION: required(),
      AWS_ACCESS_KEY_ID: required(),
      AWS_SECRET_ACCESS_KEY: required(),
      AWS_SESSION_TOKEN: z.optional(z.string()),
    },
    source,
  );
  const credentials: AwsCredentials = {
    accessKeyId: env.AWS_ACCESS_KEY_ID,
    secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
    ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
  };
  return { region: env.AWS_REGION, credentials: () => Promise.resolve(credentials) };
}

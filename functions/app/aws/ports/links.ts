import * as z from 'zod/mini';
import { fromLambdaEnvironment } from '#functions/platform/aws/s3/credentials.ts';
import { createSecretsManagerStore } from '#functions/platform/aws/secrets-manager-store.ts';
import { linkKeysSecret } from '#functions/platform/identity/link-keys.ts';
import { createLinkSigner } from '#functions/platform/identity/signed-links.ts';
import type { PortBuilder } from './builder.ts';

/** `links`: the link keys in Secrets Manager, and the site's origin the links point to. */
export const linksPorts: PortBuilder = ({ env, clock }) => {
  const { LINK_KEYS_SECRET_ARN, BASE_URL } = env({
    LINK_KEYS_SECRET_ARN: z.string().check(z.minLength(1)),
    BASE_URL: z.url(),
  });
  return {
    links: createLinkSigner(
      createSecretsManagerStore({ [linkKeysSecret]: LINK_KEYS_SECRET_ARN }, clock, fromLambdaEnvironment()),
      clock,
    ),
    baseUrl: BASE_URL,
  };
};

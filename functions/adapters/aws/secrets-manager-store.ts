import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { Clock } from '#functions/ports/clock.ts';
import type { SecretStore } from '#functions/ports/secrets.ts';
import { classifyError } from '#functions/shared/errors.ts';
import { tracer } from '#functions/shared/observability.ts';

/** How long a read secret is reused: a rotated key is picked up within five minutes, without a deploy. */
const cacheMs = 5 * 60 * 1000;

/** Secrets from Secrets Manager, by logical name mapped to the secret's ARN. */
export function createSecretsManagerStore(arns: Record<string, string>, clock: Clock): SecretStore {
  const client = tracer.captureAWSv3Client(new SecretsManagerClient({}));
  const cache = new Map<string, { value: string; until: number }>();
  return {
    get: async (name) => {
      const now = clock.now().getTime();
      const cached = cache.get(name);
      if (cached && cached.until > now) return cached.value;
      const arn = arns[name];
      if (!arn) throw new Error(`No secret is configured for ${name}`);
      try {
        const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: arn }));
        if (!SecretString) throw new Error(`Secret ${name} has no string value`);
        cache.set(name, { value: SecretString, until: now + cacheMs });
        return SecretString;
      } catch (error) {
        throw classifyError(error);
      }
    },
  };
}

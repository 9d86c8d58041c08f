import type { Clock } from '#functions/platform/ports/clock.ts';
import type { SecretStore } from '#functions/platform/ports/secrets.ts';
import { type AwsJsonOptions, createAwsJsonClient } from './aws-json.ts';

/** How long a read secret is reused: a rotated key is picked up within five minutes, without a deploy. */
const cacheMs = 5 * 60 * 1000;

/**
 * Secrets from Secrets Manager, by logical name mapped to the secret's ARN: a signed
 * GetSecretValue (JSON 1.1) without the SDK. Throttling and service faults become
 * `TransientError` after one retry; any other failure is an error named by the AWS error type.
 *
 * @example
 * createSecretsManagerStore({ [linkKeysSecret]: arn }, systemClock, fromLambdaEnvironment());
 */
export function createSecretsManagerStore(
  arns: Record<string, string>,
  clock: Clock,
  access: Omit<AwsJsonOptions, 'clock'>,
): SecretStore {
  const send = createAwsJsonClient(
    { signingName: 'secretsmanager', endpointPrefix: 'secretsmanager', title: 'Secrets Manager' },
    { ...access, clock },
  );
  const cache = new Map<string, { value: string; until: number }>();
  return {
    get: async (name) => {
      const now = clock.now().getTime();
      const cached = cache.get(name);
      if (cached && cached.until > now) return cached.value;
      const arn = arns[name];
      if (!arn) throw new Error(`No secret is configured for ${name}`);
      const { SecretString } = await send({
        operation: `GetSecretValue ${name}`,
        method: 'POST',
        path: '/',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': 'secretsmanager.GetSecretValue',
        },
        body: { SecretId: arn },
      });
      if (typeof SecretString !== 'string' || SecretString === '') {
        throw new Error(`Secret ${name} has no string value`);
      }
      cache.set(name, { value: SecretString, until: now + cacheMs });
      return SecretString;
    },
  };
}

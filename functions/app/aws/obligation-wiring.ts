import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import { createDirectoryStore } from '#functions/directory/store/directory-store.ts';
import { createPeopleStore } from '#functions/directory/store/people-store.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import { createDeliveryStore } from '#functions/obligations/store/delivery-store.ts';
import { createDigestStore } from '#functions/obligations/store/digest-store.ts';
import { createObligationStore } from '#functions/obligations/store/obligation-store.ts';
import { dynamoDocumentClient } from '#functions/platform/aws/clients.ts';
import { createEventBridgeScheduler } from '#functions/platform/aws/eventbridge-scheduler.ts';
import { fromLambdaEnvironment } from '#functions/platform/aws/s3/credentials.ts';
import { createSecretsManagerStore } from '#functions/platform/aws/secrets-manager-store.ts';
import { createSesMailer } from '#functions/platform/aws/ses-mailer.ts';
import { linkKeysSecret } from '#functions/platform/identity/link-keys.ts';
import { createLinkSigner } from '#functions/platform/identity/signed-links.ts';
import { parseEnv } from '#functions/platform/lambda/env.ts';
import { systemClock } from '#functions/platform/time/system-clock.ts';
import { createSubmissionStore } from '#functions/submissions/store/submission-store.ts';

/** Environment of the obligation workflow functions (set by the app stack). */
const obligationEnv = () =>
  parseEnv({
    TABLE_NAME: z.string().check(z.minLength(1)),
    BASE_URL: z.url(),
    LINK_KEYS_SECRET_ARN: z.string().check(z.minLength(1)),
    MAIL_FROM: z.string().check(z.minLength(3)),
    SES_CONFIGURATION_SET: z.string().check(z.minLength(1)),
    SCHEDULER_ROLE_ARN: z.string().check(z.minLength(1)),
    SCHEDULER_DLQ_ARN: z.string().check(z.minLength(1)),
    REMINDER_STATE_MACHINE_ARN: z.string().check(z.minLength(1)),
    SCHEDULE_GROUP: z.string().check(z.minLength(1)),
  });

/** Builds an obligation task handler from the AWS adapters of every port it needs. */
export function withObligationDeps<Handler>(factory: (deps: ObligationDeps) => Handler): Handler {
  const env = obligationEnv();
  const db = dynamoDocumentClient();
  const access = fromLambdaEnvironment();
  return factory({
    obligations: createObligationStore(db, env.TABLE_NAME),
    directory: createDirectoryStore(db, env.TABLE_NAME),
    people: createPeopleStore(db, env.TABLE_NAME),
    deliveries: createDeliveryStore(db, env.TABLE_NAME, systemClock),
    digests: createDigestStore(db, env.TABLE_NAME),
    mailer: createSesMailer({
      ...access,
      from: env.MAIL_FROM,
      configurationSet: env.SES_CONFIGURATION_SET,
      clock: systemClock,
    }),
    scheduler: createEventBridgeScheduler({
      ...access,
      stateMachineArns: { 'obligation-reminder': env.REMINDER_STATE_MACHINE_ARN },
      roleArn: env.SCHEDULER_ROLE_ARN,
      deadLetterQueueArn: env.SCHEDULER_DLQ_ARN,
      clock: systemClock,
    }),
    links: createLinkSigner(
      createSecretsManagerStore({ [linkKeysSecret]: env.LINK_KEYS_SECRET_ARN }, systemClock, access),
      systemClock,
    ),
    clock: systemClock,
    newId: randomUUID,
    baseUrl: env.BASE_URL,
    scheduleGroup: env.SCHEDULE_GROUP,
    submissions: createSubmissionStore(db, env.TABLE_NAME),
  });
}

import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import { createDirectoryStore } from '#functions/directory/store/directory-store.ts';
import { createPeopleStore } from '#functions/directory/store/people-store.ts';
import { createWorkflowRecords } from '#functions/monitoring/store/workflow-records.ts';
import { createCycleStore } from '#functions/obligations/store/cycle-store.ts';
import { createDeliveryStore } from '#functions/obligations/store/delivery-store.ts';
import { createDigestStore } from '#functions/obligations/store/digest-store.ts';
import { createObligationStore } from '#functions/obligations/store/obligation-store.ts';
import { createAuditLog } from '#functions/platform/audit/audit-log.ts';
import { dynamoDocumentClient } from '#functions/platform/aws/clients.ts';
import { createCognitoTokenVerifier } from '#functions/platform/aws/cognito-token-verifier.ts';
import { createEventBridgeScheduler } from '#functions/platform/aws/eventbridge-scheduler.ts';
import { fromLambdaEnvironment } from '#functions/platform/aws/s3/credentials.ts';
import { createS3FileStore } from '#functions/platform/aws/s3-file-store.ts';
import { createSecretsManagerStore } from '#functions/platform/aws/secrets-manager-store.ts';
import { createSesMailer } from '#functions/platform/aws/ses-mailer.ts';
import { createClaimStore } from '#functions/platform/identity/claim-store.ts';
import { linkKeysSecret } from '#functions/platform/identity/link-keys.ts';
import { createRateLimitStore } from '#functions/platform/identity/rate-limit-store.ts';
import { createSessionStore } from '#functions/platform/identity/session-store.ts';
import { createLinkSigner } from '#functions/platform/identity/signed-links.ts';
import { parseEnv } from '#functions/platform/lambda/env.ts';
import type { Capability } from '#functions/platform/module/descriptor.ts';
import { systemClock } from '#functions/platform/time/system-clock.ts';
import { createSubmissionStore } from '#functions/submissions/store/submission-store.ts';
import { needsOf } from '../functions.ts';
import { grantPorts, type Ports, ungranted } from '../ports.ts';

const text = z.string().check(z.minLength(1));

/** The environment each capability comes with (set by `SiklusFunction` in the CDK app). */
const envOf = {
  table: { TABLE_NAME: text },
  evidence: { EVIDENCE_BUCKET: text },
  mail: { MAIL_FROM: z.string().check(z.minLength(3)), SES_CONFIGURATION_SET: text },
  links: { LINK_KEYS_SECRET_ARN: text, BASE_URL: z.url() },
  schedules: {
    SCHEDULE_GROUP: text,
    SCHEDULER_ROLE_ARN: text,
    SCHEDULER_DLQ_ARN: text,
    REMINDER_STATE_MACHINE_ARN: text,
  },
  people: { USER_POOL_ID: text, USER_POOL_CLIENT_ID: text },
  'sign-in': { BASE_URL: z.url() },
} as const;

/**
 * The AWS adapters of the ports that the function `name` declares (see `functions.ts`), read
 * from the environment the CDK app set for exactly those; every other port is {@link ungranted}.
 * The one composition root on AWS: each entry file calls it with its own name.
 */
export function awsPorts(name: string): Ports {
  const needs = needsOf(name);
  const has = (capability: Capability) => needs.has(capability);
  const env = (capability: keyof typeof envOf) => parseEnv(envOf[capability]) as Record<string, string>;
  const access = fromLambdaEnvironment();
  const clock = systemClock;
  const db = has('table') || has('table-read') ? dynamoDocumentClient() : undefined;
  const table = db ? (env('table').TABLE_NAME ?? '') : '';
  const stores = db
    ? {
        records: createWorkflowRecords(db, table),
        submissions: createSubmissionStore(db, table),
        sessions: createSessionStore(db, table, clock),
        people: createPeopleStore(db, table),
        claims: createClaimStore(db, table, clock),
        rateLimits: createRateLimitStore(db, table, clock),
        audit: createAuditLog(db, table),
        obligations: createObligationStore(db, table),
        directory: createDirectoryStore(db, table),
        cycles: createCycleStore(db, table),
        deliveries: createDeliveryStore(db, table, clock),
        digests: createDigestStore(db, table),
      }
    : {};
  const links = has('links') ? env('links') : undefined;
  const mail = has('mail') ? env('mail') : undefined;
  const schedules = has('schedules') ? env('schedules') : undefined;
  const people = has('people') ? env('people') : undefined;
  const ports = {
    ...fill(stores),
    files: has('evidence')
      ? // Two HEAD attempts of 3 s each stay inside a web or API function's 10 s timeout.
        createS3FileStore({
          ...access,
          bucket: env('evidence').EVIDENCE_BUCKET ?? '',
          clock,
          timeoutMs: 3000,
        })
      : ungranted('files'),
    mailer: mail
      ? createSesMailer({
          ...access,
          from: mail.MAIL_FROM ?? '',
          configurationSet: mail.SES_CONFIGURATION_SET ?? '',
          clock,
        })
      : ungranted('mailer'),
    links: links
      ? createLinkSigner(
          createSecretsManagerStore({ [linkKeysSecret]: links.LINK_KEYS_SECRET_ARN ?? '' }, clock, access),
          clock,
        )
      : ungranted('links'),
    scheduler: schedules
      ? createEventBridgeScheduler({
          ...access,
          stateMachineArns: { 'obligation-reminder': schedules.REMINDER_STATE_MACHINE_ARN ?? '' },
          roleArn: schedules.SCHEDULER_ROLE_ARN ?? '',
          deadLetterQueueArn: schedules.SCHEDULER_DLQ_ARN ?? '',
          clock,
        })
      : ungranted('scheduler'),
    verifier: people
      ? createCognitoTokenVerifier(people.USER_POOL_ID ?? '', people.USER_POOL_CLIENT_ID ?? '')
      : ungranted('verifier'),
    scheduleGroup: schedules?.SCHEDULE_GROUP ?? '',
    baseUrl: links?.BASE_URL ?? (has('sign-in') ? (env('sign-in').BASE_URL ?? '') : ''),
    clock,
    newId: randomUUID,
  } satisfies Ports;
  // A read-only table grant hands out the workflow records alone.
  return grantPorts(ports, needs);
}

/** The table's stores, or each one ungranted when the function has no table. */
function fill(stores: Partial<Record<TablePort, unknown>>): Pick<Ports, TablePort> {
  const names: TablePort[] = [
    'records',
    'submissions',
    'sessions',
    'people',
    'claims',
    'rateLimits',
    'audit',
    'obligations',
    'directory',
    'cycles',
    'deliveries',
    'digests',
  ];
  return Object.fromEntries(names.map((n) => [n, stores[n] ?? ungranted(n)])) as Pick<Ports, TablePort>;
}

type TablePort =
  | 'records'
  | 'submissions'
  | 'sessions'
  | 'people'
  | 'claims'
  | 'rateLimits'
  | 'audit'
  | 'obligations'
  | 'directory'
  | 'cycles'
  | 'deliveries'
  | 'digests';

import * as z from 'zod/mini';
import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { evidencePorts } from '#functions/app/aws/ports/evidence.ts';
import { linksPorts } from '#functions/app/aws/ports/links.ts';
import { mailPorts } from '#functions/app/aws/ports/mail.ts';
import { peoplePorts, signInPorts } from '#functions/app/aws/ports/people.ts';
import { schedulesPorts } from '#functions/app/aws/ports/schedules.ts';
import { tablePorts } from '#functions/app/aws/ports/table.ts';
import { webDepsOf } from '#functions/app/deps.ts';
import { createWebHandler } from '#functions/app/web/web.ts';
import { ConfigurationError, parseEnv } from '#functions/platform/lambda/env.ts';

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

const ports = awsPorts('web', {
  table: tablePorts,
  evidence: evidencePorts,
  mail: mailPorts,
  links: linksPorts,
  schedules: schedulesPorts,
  people: peoplePorts,
  'sign-in': signInPorts,
});
export const handler = createWebHandler(
  webDepsOf(ports, {
    kind: 'cognito',
    domain: env.COGNITO_DOMAIN,
    clientId: env.USER_POOL_CLIENT_ID,
    verifier: ports.verifier,
  }),
);

import * as z from 'zod/mini';
import { fromLambdaEnvironment } from '#functions/platform/aws/s3/credentials.ts';
import { createSesMailer } from '#functions/platform/aws/ses-mailer.ts';
import type { PortBuilder } from './builder.ts';

/** `mail`: SES, from the deployment's sender, through its configuration set. */
export const mailPorts: PortBuilder = ({ env, clock }) => {
  const { MAIL_FROM, SES_CONFIGURATION_SET } = env({
    MAIL_FROM: z.string().check(z.minLength(3)),
    SES_CONFIGURATION_SET: z.string().check(z.minLength(1)),
  });
  return {
    mailer: createSesMailer({
      ...fromLambdaEnvironment(),
      from: MAIL_FROM,
      configurationSet: SES_CONFIGURATION_SET,
      clock,
    }),
  };
};

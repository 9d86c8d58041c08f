import { bareAddress, messageIdFor, toMime } from '#functions/platform/mail/mime.ts';
import type { Mailer } from '#functions/platform/ports/mailer.ts';
import { type AwsJsonOptions, createAwsJsonClient } from './aws-json.ts';

export interface SesMailerOptions extends AwsJsonOptions {
  from: string;
  /** Its event destinations record bounces and complaints, so those addresses are not mailed again. */
  configurationSet: string;
}

/**
 * Sends through SES v2 as raw MIME (the same bytes the local outbox writes), so `.ics` attachments
 * go too: a signed SendEmail (`POST /v2/email/outbound-emails`) without the SDK. Throttling and
 * service faults become `TransientError` after one retry; any other failure is an error named by
 * SES's error type (`MessageRejected`, `AccountSuspendedException`, ...).
 *
 * @example
 * createSesMailer({ ...fromLambdaEnvironment(), from, configurationSet, clock: systemClock });
 */
export function createSesMailer({ from, configurationSet, ...connection }: SesMailerOptions): Mailer {
  const send = createAwsJsonClient({ signingName: 'ses', endpointPrefix: 'email', title: 'SES' }, connection);
  return {
    send: async (message) => {
      const date = connection.clock.now();
      const raw = toMime(message, {
        from,
        messageId: messageIdFor(message.idempotencyKey, date, from),
        date,
      });
      const { MessageId } = await send({
        operation: 'SendEmail',
        method: 'POST',
        path: '/v2/email/outbound-emails',
        body: {
          // The verified identity; the display name travels in the raw From header.
          FromEmailAddress: bareAddress(from),
          Destination: { ToAddresses: [message.to] },
          Content: { Raw: { Data: Buffer.from(raw).toString('base64') } },
          ConfigurationSetName: configurationSet,
        },
      });
      return { messageId: typeof MessageId === 'string' ? MessageId : '' };
    },
  };
}

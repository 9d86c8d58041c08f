import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { Clock } from '#functions/ports/clock.ts';
import type { Mailer } from '#functions/ports/mailer.ts';
import { classifyError } from '#functions/shared/errors.ts';
import { toMime } from '#functions/shared/mime.ts';
import { tracer } from '#functions/shared/observability.ts';

export interface SesMailerOptions {
  from: string;
  /** Its event destinations record bounces and complaints, so those addresses are not mailed again. */
  configurationSet: string;
  clock: Clock;
}

/** Sends through SES v2 as raw MIME (the same bytes the local outbox writes), so `.ics` attachments go too. */
export function createSesMailer({ from, configurationSet, clock }: SesMailerOptions): Mailer {
  const client = tracer.captureAWSv3Client(new SESv2Client({}));
  return {
    send: async (message) => {
      const raw = toMime(message, {
        from,
        messageId: `<${message.idempotencyKey.replace(/[^\w.-]/g, '_')}@siklus>`,
        date: clock.now(),
      });
      try {
        const { MessageId } = await client.send(
          new SendEmailCommand({
            FromEmailAddress: from,
            Destination: { ToAddresses: [message.to] },
            Content: { Raw: { Data: Buffer.from(raw) } },
            ConfigurationSetName: configurationSet,
          }),
        );
        return { messageId: MessageId ?? '' };
      } catch (error) {
        throw classifyError(error);
      }
    },
  };
}

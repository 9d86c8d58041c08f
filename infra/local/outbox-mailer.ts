import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { messageIdFor, toMime } from '#functions/platform/mail/mime.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import type { Mailer } from '#functions/platform/ports/mailer.ts';

export const outboxSender = 'Siklus <no-reply@siklus.example.org>';

const outboxName = /^[\w.-]+\.eml$/;

/** What the outbox offers besides sending: its emails in order, and the business key of each. */
export interface Outbox {
  list(): string[];
  read(name: string): string;
  /** The business key an email was sent under, kept beside it (the email itself carries only an opaque reference). */
  keyOf(name: string): string;
}

/**
 * The embedded runtime's mailer: every email becomes an `.eml` file (RFC 5322, multipart) in the
 * outbox folder, named so that listing the folder lists the mail in the order it was sent, with
 * its business key in a `.key` file beside it for the engine's summaries and tests.
 */
export function createOutboxMailer(dir: string, clock: Clock): Mailer & Outbox {
  mkdirSync(dir, { recursive: true });
  const inside = (name: string) => {
    if (!outboxName.test(name)) throw new Error(`Not an outbox file: ${name}`);
    return join(dir, name);
  };
  return {
    async send(message) {
      const at = clock.now();
      const key = createHash('sha256').update(message.idempotencyKey).digest('hex').slice(0, 16);
      // A random part too: the same email sent twice at one instant must leave two files.
      const name = `${at.toISOString().replace(/[:.]/g, '-')}-${key}-${randomBytes(3).toString('hex')}.eml`;
      const messageId = messageIdFor(message.idempotencyKey, at, outboxSender);
      const temporary = join(dir, `.${name}.tmp`);
      writeFileSync(join(dir, name.replace(/\.eml$/, '.key')), message.idempotencyKey);
      writeFileSync(temporary, toMime(message, { from: outboxSender, messageId, date: at }));
      renameSync(temporary, join(dir, name));
      return { messageId };
    },
    list: () =>
      readdirSync(dir)
        .filter((name) => outboxName.test(name))
        .sort(),
    read: (name) => readFileSync(inside(name), 'utf8'),
    keyOf: (name) => {
      const file = inside(name).replace(/\.eml$/, '.key');
      return existsSync(file) ? readFileSync(file, 'utf8') : '';
    },
  };
}

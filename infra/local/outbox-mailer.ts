import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '#functions/ports/clock.ts';
import type { Mailer } from '#functions/ports/mailer.ts';
import { toMime } from '#functions/shared/mime.ts';

export const outboxSender = 'Siklus <no-reply@siklus.example.org>';

/**
 * The embedded runtime's mailer: every email becomes an `.eml` file (RFC 5322, multipart) in the
 * outbox folder, named so that listing the folder lists the mail in the order it was sent.
 */
export function createOutboxMailer(
  dir: string,
  clock: Clock,
): Mailer & { list(): string[]; read(name: string): string } {
  mkdirSync(dir, { recursive: true });
  return {
    async send(message) {
      const at = clock.now();
      const key = createHash('sha256').update(message.idempotencyKey).digest('hex').slice(0, 16);
      // A random part too: the same email sent twice at one instant must leave two files.
      const name = `${at.toISOString().replace(/[:.]/g, '-')}-${key}-${randomBytes(3).toString('hex')}.eml`;
      const messageId = `<${key}.${at.getTime()}@siklus.local>`;
      const temporary = join(dir, `.${name}.tmp`);
      writeFileSync(temporary, toMime(message, { from: outboxSender, messageId, date: at }));
      renameSync(temporary, join(dir, name));
      return { messageId };
    },
    list: () =>
      readdirSync(dir)
        .filter((name) => name.endsWith('.eml'))
        .sort(),
    read: (name) => {
      if (!/^[\w.-]+\.eml$/.test(name)) throw new Error(`Not an outbox file: ${name}`);
      return readFileSync(join(dir, name), 'utf8');
    },
  };
}

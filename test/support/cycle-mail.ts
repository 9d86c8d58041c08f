import { TransientError } from '#functions/platform/lambda/errors.ts';
import type { Mailer } from '#functions/platform/ports/mailer.ts';
import { emlHeader } from '#infra/local/eml-header.ts';
import type { Outbox } from '#infra/local/outbox-mailer.ts';

/** One `.eml` of the local outbox, as a test reads it. */
export interface SentEmail {
  /** The outbox file it was written to. */
  file: string;
  to: string;
  subject: string;
  /** The business key, kept beside the email: `obligationId#deadlineVersion#slot#personId`. */
  key: string;
  obligationId: string;
  deadlineVersion: number;
  /** `kickoff`, `M-<YYYY-MM>` (monthly), `D-30` ... `D-0`, `E-1`, `E-2`, `moved`, `waived`. */
  slot: string;
  personId: string;
  /** The `Date` header as an ISO instant: when the virtual clock says it was sent. */
  date: string;
}

/**
 * Reads every email of an outbox mailer, by the time sent (file names start with it).
 *
 * The outbox names a file by the send time and the business key, so the same email sent twice at
 * the same virtual instant leaves one file: count sends with {@link countingMailer} where a
 * duplicate is what a test looks for.
 */
export function parseOutbox(outbox: Outbox): SentEmail[] {
  return outbox.list().map((name) => {
    const text = outbox.read(name);
    const header = (field: string) => emlHeader(text, field);
    const key = outbox.keyOf(name);
    const [obligationId = '', version = '', slot = '', personId = ''] = key.split('#');
    return {
      file: name,
      to: header('To'),
      subject: header('Subject'),
      key,
      obligationId,
      deadlineVersion: Number(version),
      slot,
      personId,
      date: new Date(Date.parse(header('Date'))).toISOString(),
    };
  });
}

/** `[date, slot]` of each email, for comparing a ladder at a glance. */
export const datesAndSlots = (emails: readonly SentEmail[]) => emails.map((e) => [e.date, e.slot]);

/**
 * A mailer that refuses some sends the way a throttled SES does (a {@link TransientError}), and
 * passes the others to `inner`. `fails(n, message)` gets the 1-based number of the attempt.
 */
export function flakyMailer(
  inner: Mailer,
  fails: (attempt: number, message: Parameters<Mailer['send']>[0]) => boolean,
): Mailer & { attempts: () => number } {
  let attempts = 0;
  return {
    attempts: () => attempts,
    send: async (message) => {
      attempts++;
      if (fails(attempts, message)) throw new TransientError('Maximum sending rate exceeded');
      return inner.send(message);
    },
  };
}

/** A mailer that passes every send to `inner` (default: none) and counts them. */
export const countingMailer = (
  inner: Mailer = { send: async (message) => ({ messageId: message.idempotencyKey }) },
) => flakyMailer(inner, () => false);

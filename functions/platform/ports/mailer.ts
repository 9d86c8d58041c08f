/** An email as Siklus sends it: both an HTML and a plain-text body, optional attachments (.ics). */
export interface EmailMessage {
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments?: { filename: string; contentType: string; content: string }[];
  /** Who writes, as the From display name (e.g. "Tim Smart City Kota Jambi"); the address stays the sender's. */
  senderName?: string;
  /** Where replies go (the city's Smart City team): the sender address receives nothing. */
  replyTo?: string;
  /**
   * The business key of this email (e.g. `obligationId#deadlineVersion#slot`). Callers claim it
   * before sending so that a retry never sends twice. Never written into the email: adapters put
   * an opaque reference derived from it in a header, for tracing without exposing ids.
   */
  idempotencyKey: string;
}

/** Sends email: SES v2 on AWS, `.eml` files in an outbox folder in the embedded runtime. */
export interface Mailer {
  send(message: EmailMessage): Promise<{ messageId: string }>;
}

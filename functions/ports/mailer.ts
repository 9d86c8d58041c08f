/** An email as Siklus sends it: both an HTML and a plain-text body, optional attachments (.ics). */
export interface EmailMessage {
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments?: { filename: string; contentType: string; content: string }[];
  /**
   * The business key of this email (e.g. `obligationId#deadlineVersion#slot`). Callers claim it
   * before sending so that a retry never sends twice; adapters put it in a header for tracing.
   */
  idempotencyKey: string;
}

/** Sends email: SES v2 on AWS, `.eml` files in an outbox folder in the embedded runtime. */
export interface Mailer {
  send(message: EmailMessage): Promise<{ messageId: string }>;
}

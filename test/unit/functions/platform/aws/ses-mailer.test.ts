import { describe, expect, it } from 'vitest';
import { createSesMailer } from '#functions/platform/aws/ses-mailer.ts';
import { TransientError } from '#functions/platform/lambda/errors.ts';
import type { EmailMessage } from '#functions/platform/ports/mailer.ts';
import { credentialFor, fakeAws, json, sentBody, sentHeaders } from './aws-fake.ts';

const message: EmailMessage = {
  to: 'kepala@dinas.example.go.id',
  subject: 'Pengingat',
  html: '<p>Halo</p>',
  text: 'Halo',
  idempotencyKey: 'obl-1#1#reminder-1',
};

const makeMailer = (...answers: Parameters<typeof fakeAws>) => {
  const fake = fakeAws(...answers);
  const mailer = createSesMailer({
    ...fake.options,
    from: 'Siklus <siklus@example.org>',
    configurationSet: 'siklus',
  });
  return { mailer, requests: fake.requests };
};

describe('SES mailer', () => {
  it('sends the raw MIME through SES v2 SendEmail, signed for ses', async () => {
    // Prepare
    const { mailer, requests } = makeMailer(json(200, { MessageId: 'ses-1' }));

    // Act
    const result = await mailer.send(message);

    // Assess
    expect(result).toEqual({ messageId: 'ses-1' });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.init.method).toBe('POST');
    expect(requests[0]?.url).toBe('https://email.ap-southeast-3.amazonaws.com/v2/email/outbound-emails');
    const headers = sentHeaders(requests[0]);
    expect(headers['content-type']).toBe('application/json');
    expect(headers.authorization).toContain(credentialFor('ses'));
    expect(headers).not.toHaveProperty('x-amz-target');
    const body = sentBody(requests[0]) as {
      FromEmailAddress: string;
      Destination: unknown;
      Content: { Raw: { Data: string } };
      ConfigurationSetName: string;
    };
    expect(Object.keys(body)).toEqual(['FromEmailAddress', 'Destination', 'Content', 'ConfigurationSetName']);
    // The verified identity alone; the display name travels in the raw From header.
    expect(body.FromEmailAddress).toBe('siklus@example.org');
    expect(body.Destination).toEqual({ ToAddresses: ['kepala@dinas.example.go.id'] });
    expect(body.ConfigurationSetName).toBe('siklus');
    const mime = Buffer.from(body.Content.Raw.Data, 'base64').toString('utf8');
    // In the sending domain, naming no id.
    expect(mime).toMatch(/\r\nMessage-ID: <[0-9a-f]{24}\.\d+@example\.org>\r\n/);
    expect(mime).toContain('From: Siklus <siklus@example.org>');
    expect(mime).toContain('Subject: Pengingat');
    expect(mime).toContain('Date: Sun, 01 Mar 2026 00:00:00');
  });

  it('raises throttling as a TransientError after one retry', async () => {
    const { mailer, requests } = makeMailer(
      json(429, { message: 'slow down' }, 'TooManyRequestsException'),
      json(429, { message: 'slow down' }, 'TooManyRequestsException'),
    );
    await expect(mailer.send(message)).rejects.toBeInstanceOf(TransientError);
    expect(requests).toHaveLength(2);
  });

  it('passes a rejection on, named by its SES type, without a retry', async () => {
    const { mailer, requests } = makeMailer(
      json(400, { message: 'Email address is not verified.' }, 'MessageRejected'),
    );
    await expect(mailer.send(message)).rejects.toMatchObject({ name: 'MessageRejected' });
    expect(requests).toHaveLength(1);
  });
});

import type { AwsJsonOptions } from '#functions/platform/aws/aws-json.ts';
import { fixedClock } from '#test/support/fixed-clock.ts';
import { type Answer, fakeFetch, sentHeaders } from './s3-fake-fetch.ts';

export { sentHeaders };

/** A JSON answer; `type` sets `x-amzn-errortype` as REST-JSON services send it. */
export const json = (status: number, body: unknown = {}, type?: string) =>
  new Response(body === undefined ? '' : JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json',
      ...(type ? { 'x-amzn-errortype': `${type}:http://internal.amazon.com/coral/com.amazonaws/` } : {}),
    },
  });

/** Signing in ap-southeast-3 at 2026-03-01T00:00Z with a fixed key, on a fake fetch, without pauses. */
export const fakeAws = (...answers: Answer[]) => {
  const fake = fakeFetch(...answers);
  const options: AwsJsonOptions = {
    region: 'ap-southeast-3',
    credentials: async () => ({
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'not-a-secret',
      sessionToken: 'token',
    }),
    clock: fixedClock('2026-03-01T00:00:00.000Z'),
    fetch: fake.fetch,
    retryDelayMs: () => 0,
  };
  return { options, requests: fake.requests };
};

/** The JSON body a request was sent with. */
export const sentBody = (request: { init: RequestInit } | undefined): unknown =>
  JSON.parse(String(request?.init.body));

/** The credential scope of a SigV4 Authorization header for `service` on the fake's day and region. */
export const credentialFor = (service: string) =>
  `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260301/ap-southeast-3/${service}/aws4_request, SignedHeaders=`;

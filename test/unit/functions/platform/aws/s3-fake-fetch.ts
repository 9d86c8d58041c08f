import { createS3FileStore } from '#functions/platform/aws/s3-file-store.ts';
import { fixedClock } from '#test/support/fixed-clock.ts';

export type Answer = Response | Error;

/** A fetch that records each request and gives the prepared answers in turn. */
export function fakeFetch(...answers: Answer[]) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetch = async (input: string | URL | Request, init: RequestInit = {}) => {
    requests.push({ url: String(input), init });
    const answer = answers.shift();
    if (!answer) throw new Error('no answer prepared');
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

/** The S3 file store of bucket `evidence` in ap-southeast-3 at 2026-03-02T08:00Z, on a fake fetch. */
export const makeStore = (answers: Answer[] = [], sessionToken?: string) => {
  const fake = fakeFetch(...answers);
  const store = createS3FileStore({
    region: 'ap-southeast-3',
    credentials: async () => ({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret', sessionToken }),
    bucket: 'evidence',
    clock: fixedClock('2026-03-02T08:00:00.000Z'),
    fetch: fake.fetch,
    retryDelayMs: () => 0,
  });
  return { store, requests: fake.requests };
};

/** The headers a request was sent with, as the store passes them to fetch. */
export const sentHeaders = (request: { init: RequestInit } | undefined) =>
  (request?.init.headers ?? {}) as Record<string, string>;

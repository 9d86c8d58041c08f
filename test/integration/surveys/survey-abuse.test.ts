import { randomBytes, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfCookie, deviceCookie } from '#functions/platform/http/cookies.ts';
import { surveyAudit } from '#functions/surveys/audit-events.ts';
import type { ImpactPlan, ImpactProgram } from '#functions/surveys/program-model.ts';
import { type RunningApi, startApi } from '#test/support/api-client.ts';
import { fixedClock } from '#test/support/fixed-clock.ts';
import { changedKeys, dumpTable, runHeader, watchWrites } from '#test/support/write-watch.ts';

/*
 * The public questionnaires under abuse, over real HTTP against the embedded server, so that the
 * network address a limit counts is the socket's own: each sender binds its own loopback address
 * (Linux routes all of 127.0.0.0/8 to loopback). The clock stands still, so every response falls
 * in one rate window. Each refusal is checked against the table as a whole, rate counters
 * included: a refused response writes nothing at all. The programs are stored as a chosen plan
 * directly; no cycle is needed to answer a questionnaire.
 */

const city = 'jambi';
const year = 2026;
const now = '2026-11-30T02:00:00.000Z';
const districts = [
  { id: 'kecamatan-jelutung', name: 'Jelutung' },
  { id: 'kecamatan-telanaipura', name: 'Telanaipura' },
];

/** One program per case, so that each case's counts are its own. */
const codes = {
  device: 'device0001',
  replay: 'replay0001',
  burst: 'burst00001',
  malformed: 'malform001',
  honeypot: 'honeypot01',
  legit: 'legit00001',
} as const;

const program = (code: string, i: number): ImpactProgram => ({
  code,
  city,
  year,
  slot: 'governance',
  dimension: 'governance',
  subDimension: 'governance.public-services',
  opd: 'diskominfo',
  opdName: 'Dinas Komunikasi dan Informatika',
  submissionId: `innovation-${i}`,
  name: `Inovasi ${i}`,
  required: 5,
  districts,
  closes: '2027-12-31',
  closesAt: '2027-12-31T16:59:59.999Z',
  timeZone: 'Asia/Jakarta',
});

const plan: ImpactPlan = {
  city,
  year,
  settings: { programsPer: 'dimension', respondents: 5, respondentsPer: 'program' },
  programs: Object.values(codes).map(program),
  chosenBy: 'evaluator-lead',
  chosenAt: now,
  publicSummary: false,
  revision: 1,
};

/** The limits as the surveys promise them: 30 responses an hour per address, bodies of 4 KiB. */
const perAddress = 30;
const maxBody = 4096;

const citizenAnswers = { experience: 'used', satisfaction: '4', district: 'kecamatan-jelutung' };
const impactAnswers = { benefit: '4', service: '4', participation: '4', sustainability: '4' };

let api: RunningApi;
let watch: ReturnType<typeof watchWrites>;
let port: number;
/** Every address that sent, and every cookie value the server set or a sender made up. */
const addresses = new Set<string>();
const cookieValues = new Set<string>();

interface Answer {
  status: number;
  text: string;
  setCookies: string[];
}

interface Send {
  address: string;
  method: 'GET' | 'POST';
  path: string;
  cookies?: Readonly<Record<string, string>>;
  body?: string | Uint8Array;
  contentType?: string;
  /** Files the writes the request causes under this name. */
  run?: string;
}

/** One request from `address` (bound as the socket's local address), as a phone's browser sends it. */
function send({ address, method, path, cookies = {}, body, contentType, run }: Send): Promise<Answer> {
  addresses.add(address);
  const cookieHeader = Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
  const headers: Record<string, string | number> = {
    ...(cookieHeader ? { cookie: cookieHeader } : {}),
    ...(body === undefined
      ? {}
      : {
          'content-type': contentType ?? 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
        }),
    ...(run ? { [runHeader]: run } : {}),
  };
  return new Promise((resolve, reject) => {
    const sent = request(
      { host: '127.0.0.1', port, localAddress: address, method, path, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            setCookies: response.headers['set-cookie'] ?? [],
          }),
        );
        response.on('error', reject);
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

/** A phone at `address`: its cookie jar, and the hidden inputs of the last questionnaire it opened. */
class Phone {
  readonly cookies: Record<string, string> = {};
  csrf = '';
  responseId = '';

  constructor(readonly address: string) {}

  /**
   * A phone at `address` holding tokens of the page's making (random, of the cookies' grammar) as
   * if it had opened the questionnaire: a script needs no page to send, so a burst does not open one.
   */
  static primed(address: string): Phone {
    const phone = new Phone(address);
    phone.csrf = randomBytes(24).toString('base64url');
    phone.responseId = randomBytes(16).toString('base64url');
    Object.assign(phone.cookies, {
      [deviceCookie]: randomBytes(32).toString('base64url'),
      [csrfCookie]: phone.csrf,
    });
    for (const value of Object.values(phone.cookies)) cookieValues.add(value);
    return phone;
  }

  /** Opens the questionnaire at `path`, keeping the cookies it sets and its form's hidden inputs. */
  async open(path: string): Promise<Answer> {
    const page = await send({ address: this.address, method: 'GET', path, cookies: this.cookies });
    for (const cookie of page.setCookies) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      this.cookies[pair.slice(0, at)] = decodeURIComponent(pair.slice(at + 1));
      cookieValues.add(decodeURIComponent(pair.slice(at + 1)));
    }
    this.csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
    this.responseId = /name="responseId" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
    return page;
  }

  /** The fields the opened form posts for `answers`, honeypot left empty. */
  fields(answers: Record<string, string>): Record<string, string> {
    return { _csrf: this.csrf, responseId: this.responseId, website: '', ...answers };
  }

  /** Posts `fields` (form-encoded) to `path` with this phone's cookies. */
  post(path: string, fields: Record<string, string>, run?: string): Promise<Answer> {
    return send({
      address: this.address,
      method: 'POST',
      path,
      cookies: this.cookies,
      body: new URLSearchParams(fields).toString(),
      ...(run ? { run } : {}),
    });
  }
}

/** `fields` with a `note` field that brings the form-encoded body to exactly `bytes` bytes. */
function padded(fields: Record<string, string>, bytes: number): Record<string, string> {
  const size = new URLSearchParams({ ...fields, note: '' }).toString().length;
  return { ...fields, note: 'x'.repeat(bytes - size) };
}

/** Opens the questionnaire and sends `answers` from a new phone at `address`. */
async function answerFrom(address: string, path: string, answers: Record<string, string>, run?: string) {
  const phone = new Phone(address);
  const page = await phone.open(path);
  expect(page.status).toBe(200);
  return phone.post(path, phone.fields(answers), run);
}

/** Runs `work` over `items`, at most `limit` at a time, answering in the items' order. */
async function pooled<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

/** Every item of the table, rate counters included, by `pk|sk`. */
async function everything(): Promise<Map<string, string>> {
  const items = await api.dump();
  return new Map(items.map((item) => [`${item.pk}|${item.sk}`, JSON.stringify(item)]));
}

/** The items under a program's partition whose sort key starts with `prefix`. */
async function itemsOf(code: string, prefix: string) {
  const dump = await dumpTable(watch.tableName());
  return [...dump.keys()].filter((key) => key.startsWith(`SURVEY#${code}|${prefix}`));
}

const counts = async (code: string) => {
  const stored = await api.ports.surveys.program(code);
  return { responses: stored?.responses, citizens: stored?.citizens };
};

/** Sends `post`, expects `status`, and that the table (rate counters included) is as it was. */
async function refusedWithoutWrites(status: number, post: () => Promise<Answer>) {
  const before = await everything();
  const answer = await post();
  expect(answer.status).toBe(status);
  expect(changedKeys(before, await everything())).toEqual([]);
  return answer;
}

beforeAll(async () => {
  api = await startApi({ clock: fixedClock(now) });
  watch = watchWrites(api.ports.files);
  port = Number(new URL(api.baseUrl).port);
  const audit = surveyAudit.event('impact.programs_chosen', {
    eventId: randomUUID(),
    at: now,
    actor: 'evaluator-lead',
    city,
    opd: '-',
    entityId: String(year),
    before: null,
    after: { programs: plan.programs.map((p) => p.code) },
  });
  await api.ports.surveys.choose(plan, audit);
});

afterAll(async () => {
  watch?.restore();
  await api?.stop();
});

describe('one response per device, program and form', () => {
  const path = `/dampak/${codes.device}`;

  it('refuses a second response from the same device with 409, and writes nothing', async () => {
    // Prepare
    const phone = new Phone('127.0.1.1');
    await phone.open(path);
    expect((await phone.post(path, phone.fields(impactAnswers))).status).toBe(200);
    const first = { device: phone.cookies[deviceCookie], responseId: phone.responseId };

    // Act: the page opened again gives a new response id, under the same device cookie
    await phone.open(path);
    expect(phone.cookies[deviceCookie]).toBe(first.device);
    expect(phone.responseId).not.toBe(first.responseId);
    const second = await refusedWithoutWrites(409, () => phone.post(path, phone.fields(impactAnswers)));

    // Assess
    expect(second.text).toContain('Tanggapan dari perangkat ini untuk program ini sudah kami terima');
    expect(await counts(codes.device)).toEqual({ responses: 1, citizens: 0 });
    expect(await itemsOf(codes.device, 'RESPONSE#')).toHaveLength(1);
  });

  it('takes the same device’s answer to the program’s other questionnaire', async () => {
    // Prepare
    const phone = new Phone('127.0.1.2');
    await phone.open(path);
    expect((await phone.post(path, phone.fields(impactAnswers))).status).toBe(200);

    // Act
    const survey = `/survei/${codes.device}`;
    await phone.open(survey);
    const answer = await phone.post(survey, phone.fields(citizenAnswers));

    // Assess
    expect(answer.status).toBe(200);
    expect(await counts(codes.device)).toEqual({ responses: 2, citizens: 1 });
  });

  it('answers the same response sent twice with 200 both times, and stores it once', async () => {
    // Prepare
    const path = `/survei/${codes.replay}`;
    const phone = new Phone('127.0.1.3');
    await phone.open(path);
    const fields = phone.fields(citizenAnswers);

    // Act
    const first = await phone.post(path, fields);
    const tableAfterFirst = await everything();
    const again = await phone.post(path, fields);

    // Assess
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.text).toContain('Jawaban ini sudah kami terima sebelumnya');
    expect(changedKeys(tableAfterFirst, await everything())).toEqual([]);
    expect(await itemsOf(codes.replay, 'RESPONSE#')).toEqual([
      `SURVEY#${codes.replay}|RESPONSE#citizen-survey#${phone.responseId}`,
    ]);
    expect(await counts(codes.replay)).toEqual({ responses: 0, citizens: 1 });
  });

  it('answers the same impact questionnaire sent twice with 200 both times, and counts it once', async () => {
    // Prepare
    const path = `/dampak/${codes.replay}`;
    const phone = new Phone('127.0.1.5');
    await phone.open(path);
    const fields = phone.fields(impactAnswers);

    // Act
    const first = await phone.post(path, fields);
    const again = await refusedWithoutWrites(200, () => phone.post(path, fields));

    // Assess
    expect(first.status).toBe(200);
    expect(again.text).toContain('Jawaban ini sudah kami terima sebelumnya');
    expect((await counts(codes.replay)).responses).toBe(1);
  });

  it('refuses a response id sent again with other answers with 409, and writes nothing', async () => {
    // Prepare
    const path = `/survei/${codes.replay}`;
    const phone = new Phone('127.0.1.4');
    await phone.open(path);
    expect((await phone.post(path, phone.fields(citizenAnswers))).status).toBe(200);

    // Act
    const other = await refusedWithoutWrites(409, () =>
      phone.post(path, phone.fields({ ...citizenAnswers, satisfaction: '1' })),
    );

    // Assess: the first answers stand, and the second are not thanked for as if received
    expect(other.text).not.toContain('Jawaban ini sudah kami terima sebelumnya');
    const stored = await api.ports.surveys.response(codes.replay, 'citizen-survey', phone.responseId);
    expect(stored?.answers.satisfaction).toBe(4);
  });
});

describe('the limit of one network address', () => {
  it(`stores ${perAddress} of a burst of 1,000 responses from 1,000 devices behind one address, and answers the rest 429 without writing`, async () => {
    // Prepare
    const path = `/survei/${codes.burst}`;
    const sender = '127.0.2.1';
    const before = await api.dump();
    const runs = Array.from({ length: 1000 }, (_, i) => `burst-${i}`);

    // Act
    const answers = await pooled(runs, 20, (run) => {
      const phone = Phone.primed(sender);
      return phone.post(path, phone.fields(citizenAnswers), run);
    });

    // Assess: statuses
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200 || s === 201)).toHaveLength(perAddress);
    expect(statuses.filter((s) => s === 429)).toHaveLength(1000 - perAddress);
    // Assess: what each request wrote, filed under its run
    const written = runs.map((run) => watch.take(run).keys);
    const writers = runs.filter((_, i) => (written[i] ?? []).length > 0);
    expect(writers).toEqual(runs.filter((_, i) => answers[i]?.status !== 429));
    // Assess: the table
    expect(await itemsOf(codes.burst, 'RESPONSE#')).toHaveLength(perAddress);
    expect(await itemsOf(codes.burst, 'DEVICE#')).toHaveLength(perAddress);
    expect(await counts(codes.burst)).toEqual({ responses: 0, citizens: perAddress });
    const known = new Set(before.map((item) => `${item.pk}|${item.sk}`));
    const counters = (await api.dump()).filter(
      (item) => item.type === 'RateCounter' && !known.has(`${item.pk}|${item.sk}`),
    );
    expect(counters.map((item) => [String(item.pk).split('#').slice(1, 2)[0], item.hits]).sort()).toEqual([
      ['survey-address', perAddress],
      ['survey-program', perAddress],
    ]);
  });

  it('takes legitimate responses from 200 devices at 200 addresses, every one', async () => {
    // Prepare
    const path = `/survei/${codes.legit}`;
    const senders = Array.from({ length: 200 }, (_, i) => `127.0.0.${i + 2}`);

    // Act
    const answers = await pooled(senders, 20, (sender) =>
      answerFrom(sender, path, {
        ...citizenAnswers,
        district: sender.endsWith('1') ? 'kecamatan-telanaipura' : 'kecamatan-jelutung',
      }),
    );

    // Assess
    expect(answers.map((a) => a.status)).toEqual(senders.map(() => 200));
    expect(await counts(codes.legit)).toEqual({ responses: 0, citizens: 200 });
    expect(await itemsOf(codes.legit, 'RESPONSE#')).toHaveLength(200);
    const tallies = await api.ports.surveys.tallies(codes.legit);
    const telanaipura = senders.filter((s) => s.endsWith('1')).length;
    expect(tallies.map((t) => [t.district, t.responses])).toEqual([
      ['kecamatan-jelutung', 200 - telanaipura],
      ['kecamatan-telanaipura', telanaipura],
    ]);
  });
});

describe('malformed posts', () => {
  const path = `/survei/${codes.malformed}`;
  let phone: Phone;

  beforeAll(async () => {
    phone = new Phone('127.0.3.1');
    await phone.open(path);
  });

  const cases: [name: string, status: number, post: () => Promise<Answer>][] = [
    [
      `a body of ${maxBody + 1} bytes`,
      413,
      () => phone.post(path, padded(phone.fields(citizenAnswers), maxBody + 1)),
    ],
    [
      'an answer with bad percent-encoding',
      400,
      () =>
        send({
          address: phone.address,
          method: 'POST',
          path,
          cookies: phone.cookies,
          body: `_csrf=${phone.csrf}&responseId=${phone.responseId}&website=&experience=%E0%A4%ZZ`,
        }),
    ],
    [
      'binary garbage after the form’s tokens',
      400,
      () =>
        send({
          address: phone.address,
          method: 'POST',
          path,
          cookies: phone.cookies,
          body: Buffer.concat([
            Buffer.from(`_csrf=${phone.csrf}&responseId=${phone.responseId}&`),
            Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 151 + 7) % 256)),
          ]),
          contentType: 'application/octet-stream',
        }),
    ],
    [
      'binary garbage alone',
      403,
      () =>
        send({
          address: phone.address,
          method: 'POST',
          path,
          cookies: phone.cookies,
          body: randomBytes(1024),
        }),
    ],
    [
      'a JSON body',
      403,
      () =>
        send({
          address: phone.address,
          method: 'POST',
          path,
          cookies: phone.cookies,
          body: JSON.stringify(phone.fields(citizenAnswers)),
          contentType: 'application/json',
        }),
    ],
    [
      'no _csrf',
      403,
      () => {
        const { _csrf, ...fields } = phone.fields(citizenAnswers);
        return phone.post(path, fields);
      },
    ],
    [
      'a wrong _csrf',
      403,
      () =>
        phone.post(path, { ...phone.fields(citizenAnswers), _csrf: randomBytes(24).toString('base64url') }),
    ],
    [
      'no responseId',
      409,
      () => {
        const { responseId, ...fields } = phone.fields(citizenAnswers);
        return phone.post(path, fields);
      },
    ],
    [
      'a short responseId',
      409,
      () => phone.post(path, { ...phone.fields(citizenAnswers), responseId: phone.responseId.slice(1) }),
    ],
    [
      'no device cookie',
      409,
      () =>
        send({
          address: phone.address,
          method: 'POST',
          path,
          cookies: { [csrfCookie]: phone.csrf },
          body: new URLSearchParams(phone.fields(citizenAnswers)).toString(),
        }),
    ],
    [
      'a device cookie that is no token',
      409,
      () =>
        send({
          address: phone.address,
          method: 'POST',
          path,
          cookies: { [csrfCookie]: phone.csrf, [deviceCookie]: 'short' },
          body: new URLSearchParams(phone.fields(citizenAnswers)).toString(),
        }),
    ],
    [
      'an unknown answer value',
      400,
      () => phone.post(path, phone.fields({ ...citizenAnswers, experience: 'maybe' })),
    ],
    [
      'a satisfaction of 9',
      400,
      () => phone.post(path, phone.fields({ ...citizenAnswers, satisfaction: '9' })),
    ],
    [
      'a district the city does not have',
      400,
      () => phone.post(path, phone.fields({ ...citizenAnswers, district: 'kecamatan-atlantis' })),
    ],
    ['no answers at all', 400, () => phone.post(path, phone.fields({}))],
  ];

  it.each(cases)('refuses %s with %i and writes nothing', async (_name, status, post) => {
    // Act
    const answer = await refusedWithoutWrites(status, post);

    // Assess
    expect(answer.status).toBeLessThan(500);
  });

  it(`takes a well-formed body of exactly ${maxBody} bytes`, async () => {
    // Prepare
    const other = new Phone('127.0.3.2');
    await other.open(path);
    const body = padded(other.fields(citizenAnswers), maxBody);
    expect(new URLSearchParams(body).toString()).toHaveLength(maxBody);

    // Act
    const answer = await other.post(path, body);

    // Assess
    expect(answer.status).toBe(200);
    expect(await counts(codes.malformed)).toEqual({ responses: 0, citizens: 1 });
  });

  it('still takes the first phone’s well-formed response after its refusals', async () => {
    // Act
    const answer = await phone.post(path, phone.fields(citizenAnswers));

    // Assess: the refusals used neither the device nor the address
    expect(answer.status).toBe(200);
    expect(await counts(codes.malformed)).toEqual({ responses: 0, citizens: 2 });
  });
});

describe('scripts and unknown programs', () => {
  it('refuses a post that filled the honeypot, and writes nothing', async () => {
    // Prepare
    const path = `/survei/${codes.honeypot}`;
    const phone = new Phone('127.0.4.1');
    await phone.open(path);

    // Act
    await refusedWithoutWrites(409, () =>
      phone.post(path, { ...phone.fields(citizenAnswers), website: 'http://spam' }),
    );

    // Assess
    expect(await counts(codes.honeypot)).toEqual({ responses: 0, citizens: 0 });
  });

  it.each([
    ['an unknown program code', 'zzzzzzzzzz'],
    ['a code in capitals', 'DEVICE0001'],
    ['a code one character short', 'device000'],
    ['a code one character long', 'device00011'],
    ['a code with an escaped quote', 'device%27--'],
    ['a code with a NUL', 'device%00001'],
  ])('answers %s with 404 on both questionnaires, GET and POST, and writes nothing', async (_name, code) => {
    // Prepare: a phone with valid tokens from a real questionnaire
    const phone = new Phone('127.0.4.2');
    await phone.open(`/survei/${codes.honeypot}`);

    for (const path of [`/survei/${code}`, `/dampak/${code}`]) {
      // Act
      const shown = await send({ address: phone.address, method: 'GET', path, cookies: phone.cookies });
      await refusedWithoutWrites(404, () => phone.post(path, phone.fields(citizenAnswers)));

      // Assess
      expect(shown.status).toBe(404);
    }
  });
});

describe('what the table keeps of who answered', () => {
  it('holds no network address and no device or form token anywhere', async () => {
    // Prepare
    const items = JSON.stringify(await api.dump());

    // Assess: every sender's address, in either spelling the server may see it
    expect(addresses.size).toBeGreaterThan(200);
    for (const address of addresses) expect(items).not.toContain(address);
    expect(items).not.toMatch(/127\.0\.\d+\.\d+/);
    expect(cookieValues.size).toBeGreaterThan(1000);
    const leaked = [...cookieValues].filter((value) => items.includes(value));
    expect(leaked).toEqual([]);
  });
});

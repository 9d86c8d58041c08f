import type { Browser, Page } from 'playwright-core';
import { smartCityInstrument2026 } from '#forms/instrument/kota-jambi-2026.ts';
import { moduleKinds } from '#functions/app/generated/kinds.ts';
import { createDirectoryStore } from '#functions/directory/store/directory-store.ts';
import { startCycle } from '#functions/obligations/start-cycle.ts';
import { createCycleStore } from '#functions/obligations/store/cycle-store.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { systemClock } from '#functions/platform/time/system-clock.ts';
import { withDatabase } from '#infra/cli/database.ts';
import { claimsOf, seededPeople } from '#infra/local/demo-people.ts';
import { localTokenIssuer } from '#infra/local/local-token-issuer.ts';
import { type AxeFinding, newPhoneContext, runAxe, serious, type TestEngine } from './browser.ts';
import { selfAssessmentAnswers } from './self-assessment-answers.ts';

/** An engine clock that runs on from `startIso` with real time, and that the test moves forward. */
export interface MovableClock extends Clock {
  /** Moves the clock on to `iso`; a time it has passed already leaves it where it is. */
  moveTo(iso: string): void;
}

export function movableClock(startIso: string): MovableClock {
  let offsetMs = Date.parse(startIso) - Date.now();
  return {
    now: () => new Date(Date.now() + offsetMs),
    moveTo: (iso) => {
      const next = Date.parse(iso) - Date.now();
      if (Number.isNaN(next)) throw new Error(`Not a time: ${iso}`);
      offsetMs = Math.max(offsetMs, next);
    },
  };
}

/**
 * Starts the city's cycle of `year` on a running test engine as `siklus cycle start
 * --self-assessment` does: every kind's phase on its default dates, then the kick-off workflow.
 */
export async function startCycleWithEveryPhase(env: TestEngine, clock: Clock, city: string, year: number) {
  await withDatabase(env.dirs, (db) =>
    startCycle(
      {
        directory: createDirectoryStore(db.documentClient, db.tableName),
        cycles: createCycleStore(db.documentClient, db.tableName),
        kinds: moduleKinds,
      },
      clock,
      { city, year },
    ),
  );
  // A kick-off opens nothing twice, so a run that failed on a busy machine is simply run again.
  let kickoff = await env.engine.workflows.start('cycle-kickoff', { city, year });
  for (let attempt = 1; attempt < 3 && kickoff.status !== 'SUCCEEDED'; attempt++)
    kickoff = await env.engine.workflows.start('cycle-kickoff', { city, year });
  if (kickoff.status !== 'SUCCEEDED')
    throw new Error(`cycle-kickoff ${kickoff.status}: ${kickoff.error} ${kickoff.cause ?? ''}`);
}

/**
 * Calls the engine's JSON API as a seeded person (`siklus token --person <id>`), and answers the
 * parsed body; any answer but 2xx throws with its status and body.
 */
export async function callApiAs(
  env: TestEngine,
  personId: string,
  method: 'GET' | 'POST',
  path: string,
  json?: unknown,
): Promise<any> {
  const person = seededPeople().find((p) => p.personId === personId);
  if (!person) throw new Error(`No seeded person ${personId}`);
  const token = localTokenIssuer(env.dirs.tokenKey, systemClock).issue(claimsOf(person));
  const response = await fetch(`${env.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(json === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} as ${personId} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/**
 * The OPD's self-assessment as the API takes it: its operator submits every indicator at level 3,
 * and the verifier the review workflow assigned verifies each level as claimed and accepts.
 * @returns the accepted review.
 */
export async function acceptedSelfAssessment(env: TestEngine, year: number, opd: string) {
  await callApiAs(env, `operator-${opd}`, 'POST', '/api/forms/self-assessment/submissions', {
    formVersion: 1,
    answers: selfAssessmentAnswers(smartCityInstrument2026, opd),
  });
  const path = `/api/reviews/${year}/${opd}`;
  const { review: opened } = await callApiAs(env, 'evaluator', 'GET', path);
  const levels = Object.fromEntries(
    Object.entries(opened.indicators as Record<string, { claimed: number }>).map(([id, { claimed }]) => [
      id,
      { level: claimed },
    ]),
  );
  const verified = await callApiAs(env, opened.verifier, 'POST', `${path}/verification`, {
    revision: opened.revision,
    levels,
  });
  const accepted = await callApiAs(env, opened.verifier, 'POST', `${path}/acceptance`, {
    revision: verified.review.revision,
  });
  return accepted.review as { verifier: string; status: string; indicators: Record<string, unknown> };
}

/**
 * The serious axe findings of a page as it is shown, for a page opened without JavaScript that
 * answered a form post: its address cannot be opened again, so a second context (with JavaScript,
 * the same session) is served the same document at the same address and checked.
 */
export async function axeFindingsAsShown(browser: Browser, page: Page): Promise<AxeFinding[]> {
  const document = await page.content();
  const context = await newPhoneContext(browser, {
    bypassCSP: true,
    storageState: await page.context().storageState(),
  });
  try {
    const checker = await context.newPage();
    const address = page.url();
    await checker.route(
      (url) => url.href === address,
      (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: document }),
    );
    await checker.goto(address);
    return serious((await runAxe(checker)).violations);
  } finally {
    await context.close();
  }
}

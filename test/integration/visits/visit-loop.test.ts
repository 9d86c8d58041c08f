import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { smartCityInstrument2026 } from '#forms/instrument/kota-jambi-2026.ts';
import { submissionDepsOf } from '#functions/app/deps.ts';
import { moduleKinds } from '#functions/app/generated/kinds.ts';
import { accept } from '#functions/assessment/accept-review.ts';
import { recordVerification } from '#functions/assessment/record-verification.ts';
import { reviewCallerOf } from '#functions/assessment/review/evaluators.ts';
import { type ReviewDeps, reviewDepsOf } from '#functions/assessment/review-deps.ts';
import { instrumentOfReview, reviewScores } from '#functions/assessment/review-scores.ts';
import { startCycle } from '#functions/obligations/start-cycle.ts';
import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import { submit } from '#functions/submissions/submit.ts';
import { type FindingsDeps, recordFindings } from '#functions/visits/record-findings.ts';
import { announceSelection, drawSelection, type SelectionDeps } from '#functions/visits/selection.ts';
import { confirmVisit, proposeVisit } from '#functions/visits/visit-schedule.ts';
import { type CycleRuntime, city, createCycleRuntime, year } from '#test/support/cycle-runtime.ts';
import { selfAssessmentAnswers } from '#test/support/self-assessment-answers.ts';

/*
 * A visit from the draw to its findings, on DynamoDB Local with the state machines as CDK
 * synthesizes them: the draw opens the visits with their teams; the team proposes a date, the
 * head of the OPD confirms it, everyone gets the invitation with its calendar entry (updated on
 * each change) and a reminder the working day before; the team's findings set final levels.
 */

const opd = 'diskominfo';
/** Whom an outbox email of a visit went to: the last part of its business key. */
const recipientOf = (m: { key: string }) => m.key.split('#').at(-1);
const head: Identity = { subject: 'head-diskominfo', city, opd, roles: ['opd-head'] };
const operator: Identity = { subject: `operator-${opd}`, city, opd, roles: ['opd-operator'] };

async function refusal(work: Promise<unknown>) {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'not refused').toBeInstanceOf(DomainError);
  return error as DomainError;
}

/** The plain text and the calendar file of an outbox email. */
function partsOf(eml: string) {
  const part = (type: string) => {
    const found = new RegExp(
      `Content-Type: ${type}[^\\r\\n]*\\r?\\n(?:[^\\r\\n]+\\r?\\n)*?Content-Transfer-Encoding: base64\\r?\\n(?:[^\\r\\n]+\\r?\\n)*?\\r?\\n([A-Za-z0-9+/=\\r\\n]+)`,
    ).exec(eml);
    return Buffer.from(found?.[1]?.replace(/\s/g, '') ?? '', 'base64').toString('utf8');
  };
  return { text: part('text/plain'), ics: part('text/calendar') };
}

describe('an evaluation visit, from the draw to the findings that set final levels', () => {
  let rt: CycleRuntime;
  let deps: SelectionDeps & FindingsDeps;
  let reviewDeps: ReviewDeps;
  let team: Identity;
  let outsider: Identity;

  beforeAll(async () => {
    rt = await createCycleRuntime({ start: '2026-10-05T01:00:00.000Z' });
    await rt.seedSmallCity();
    await rt.ports.instruments.put(city, smartCityInstrument2026);
    // The cycle's own visit settings: a window into the holidays of late December, three evaluators a visit.
    await startCycle({ ...rt.ports, kinds: moduleKinds }, rt.clock, {
      city,
      year,
      visits: { opens: '2026-11-30', closes: '2026-12-31', teamSize: 3 },
    });
    expect((await rt.workflows.start('cycle-kickoff', { city, year })).status).toBe('SUCCEEDED');
    deps = { ...rt.ports, newId: randomUUID };
    reviewDeps = reviewDepsOf(deps);
    // Diskominfo submits its self-assessment; its verifier verifies every claim as claimed and accepts.
    await submit(
      { ...submissionDepsOf({ ...rt.ports, newId: randomUUID }), newId: randomUUID },
      operator,
      'self-assessment',
      {
        formVersion: 1,
        answers: selfAssessmentAnswers(smartCityInstrument2026, opd),
      },
    );
    const review = await rt.ports.reviews.get(city, year, opd);
    if (!review) throw new Error('no review');
    const caller = await reviewCallerOf(rt.ports.people, {
      subject: review.verifier,
      city,
      roles: ['evaluator'],
    });
    const levels = Object.fromEntries(
      Object.entries(review.indicators).map(([id, { claimed }]) => [id, { level: claimed }]),
    );
    const verified = await recordVerification(reviewDeps, caller, {
      year,
      opd,
      revision: review.revision,
      levels,
    });
    await accept(reviewDeps, caller, { year, opd, revision: verified.review.revision });
  });

  it('opens a visit for each OPD drawn and each always visited, with the team the draw gave it', async () => {
    // Prepare
    await announceSelection(deps, 'evaluator', city, year, {
      count: 1,
      sources: [{ description: 'Penutupan IHSG 9 Oktober 2026', expected: '2026-10-09' }],
      drawDate: '2026-10-09',
      alwaysVisited: [{ opd, reason: 'Inovasi unggulan kota tahun ini.' }],
    });
    await rt.advanceTo('2026-10-09T03:00:00.000Z');

    // Act
    const outcome = await drawSelection(deps, 'evaluator', city, year, { values: ['723456'] });
    const again = await drawSelection(deps, 'evaluator', city, year, { values: ['723456'] });

    // Assess
    expect(outcome.visits).toEqual({ opened: 2, redrawn: 0, cancelled: 0 });
    expect(again).toMatchObject({ replayed: true, visits: { opened: 0, redrawn: 0, cancelled: 0 } });
    const visits = await rt.ports.visits.ofCycle(city, year);
    const drawn = outcome.selection.draws[0];
    expect(visits.map((v) => v.opd).sort()).toEqual([drawn?.selected[0]?.opd, opd].sort());
    const visit = visits.find((v) => v.opd === opd);
    expect(visit).toMatchObject({ status: 'unscheduled', sequence: 0, reason: { kind: 'always' } });
    expect(visit?.team).toEqual(drawn?.teams.find((t) => t.opd === opd)?.evaluators);
    // The cycle's team size, frozen with the announcement
    expect(outcome.selection.announcement.teamSize).toBe(3);
    expect(visit?.team).toHaveLength(3);
    team = { subject: visit?.team[0] ?? '', city, roles: ['evaluator'] };
    const roster = ['evaluator-bappeda', 'evaluator-inspektorat', 'evaluator-unja', 'evaluator-uin'];
    outsider = { subject: roster.find((id) => !visit?.team.includes(id)) ?? '', city, roles: ['evaluator'] };
  });

  it('refuses a date outside the window, on a weekend or a holiday, or ending before it starts, and changes nothing', async () => {
    // Prepare
    const before = await rt.ports.visits.get(city, year, opd);
    const slot = {
      revision: before?.revision ?? 0,
      start: '09:00',
      end: '12:00',
      place: 'Ruang rapat Diskominfo',
    };

    // Act
    const early = await refusal(proposeVisit(deps, team, year, opd, { ...slot, date: '2026-11-20' }));
    const saturday = await refusal(proposeVisit(deps, team, year, opd, { ...slot, date: '2026-12-05' }));
    const christmas = await refusal(proposeVisit(deps, team, year, opd, { ...slot, date: '2026-12-25' }));
    const collectiveLeave = await refusal(
      proposeVisit(deps, team, year, opd, { ...slot, date: '2026-12-24' }),
    );
    const past = await refusal(proposeVisit(deps, team, year, opd, { ...slot, date: '2026-10-08' }));
    const backwards = await refusal(
      proposeVisit(deps, team, year, opd, { ...slot, date: '2026-12-02', start: '13:00', end: '10:00' }),
    );
    const stranger = await refusal(proposeVisit(deps, outsider, year, opd, { ...slot, date: '2026-12-02' }));
    const operatorTries = await refusal(
      proposeVisit(deps, operator, year, opd, { ...slot, date: '2026-12-02' }),
    );

    // Assess
    expect(early.fields?.map((f) => f.code)).toEqual(['outside_window']);
    expect(early.fields?.[0]?.message.id).toContain('30 November 2026');
    expect(early.fields?.[0]?.message.en).toContain('31 December 2026');
    expect(saturday.fields?.map((f) => f.code)).toEqual(['not_working_day']);
    expect(christmas.fields?.map((f) => f.code)).toEqual(['not_working_day']);
    expect(collectiveLeave.fields?.map((f) => f.code)).toEqual(['not_working_day']);
    expect(past.fields?.map((f) => f.code)).toEqual(['date_not_ahead']);
    expect(backwards.fields?.map((f) => f.code)).toEqual(['end_before_start']);
    expect(stranger.kind).toBe('forbidden');
    expect(operatorTries.kind).toBe('forbidden');
    expect(await rt.ports.visits.get(city, year, opd)).toEqual(before);
  });

  it('sends the team’s proposal to everyone concerned as a tentative invitation, once however often it fires', async () => {
    // Act
    const visit = await rt.ports.visits.get(city, year, opd);
    const body = {
      revision: visit?.revision ?? 0,
      date: '2026-12-02',
      start: '09:00',
      end: '12:00',
      place: 'Ruang rapat Diskominfo',
    };
    // A concurrent twin and a later double click: one proposal stored, every one answered.
    const twins = await Promise.all([
      proposeVisit(deps, team, year, opd, body),
      proposeVisit(deps, team, year, opd, body),
    ]);
    const doubleClick = await proposeVisit(deps, team, year, opd, body);
    const proposed = twins.find((outcome) => !outcome.replayed) ?? twins[0];
    await rt.advanceTo('2026-10-09T03:05:00.000Z');
    const invitation = { slot: 'invitation', city, year, opd, sequence: 1 } as const;
    expect((await rt.workflows.start('visit-reminder', invitation)).status).toBe('SUCCEEDED');

    // Assess
    expect(proposed.visit).toMatchObject({
      status: 'proposed',
      sequence: 1,
      slot: { side: 'team', by: team.subject },
    });
    expect(doubleClick.replayed).toBe(true);
    const sent = rt.outbox().filter((m) => m.key.startsWith(`visit-invitation#${city}#${year}.${opd}#1#`));
    const heads = await rt.ports.people.ofOpd(city, opd, 'opd-head');
    const operators = await rt.ports.people.ofOpd(city, opd, 'opd-operator');
    expect(sent.map(recipientOf).sort()).toEqual(
      [...(visit?.team ?? []), ...heads.map((p) => p.personId), ...operators.map((p) => p.personId)].sort(),
    );
    const { ics, text } = partsOf(rt.ports.outbox.read(sent[0]?.file ?? ''));
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent') ?? undefined,
    );
    expect(event.uid).toBe(`visit.${city}.${year}.${opd}@localhost`);
    expect(event.sequence).toBe(1);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-02T02:00:00.000Z');
    expect(event.location).toBe('Ruang rapat Diskominfo');
    expect(ics).toContain('STATUS:TENTATIVE');
    expect(text).toContain('http://localhost:3000/kunjungan/2026/diskominfo');
  });

  it('lets the head of the OPD confirm: a confirmed invitation with a higher sequence, and a reminder the working day before', async () => {
    // Act
    const proposed = await rt.ports.visits.get(city, year, opd);
    const teamCannotConfirmItsOwn = await refusal(
      confirmVisit(deps, team, year, opd, { revision: proposed?.revision ?? 0 }),
    );
    const confirmed = await confirmVisit(deps, head, year, opd, { revision: proposed?.revision ?? 0 });
    await rt.advanceTo('2026-10-09T03:10:00.000Z');
    await rt.advanceTo('2026-12-01T01:30:00.000Z');

    // Assess
    expect(teamCannotConfirmItsOwn.code).toBe('nothing_to_confirm');
    expect(confirmed.visit).toMatchObject({
      status: 'confirmed',
      sequence: 2,
      confirmed: { by: head.subject },
    });
    const confirmations = rt
      .outbox()
      .filter((m) => m.key.startsWith(`visit-invitation#${city}#${year}.${opd}#2#`));
    const reminders = rt.outbox().filter((m) => m.key.startsWith(`visit-reminder#${city}#${year}.${opd}#2#`));
    expect(confirmations.length).toBeGreaterThan(3);
    expect(reminders.map(recipientOf).sort()).toEqual(confirmations.map(recipientOf).sort());
    // 08:00 WIB on Tuesday 1 December, the working day before the visit, and a week before it.
    expect(reminders.every((m) => m.date === '2026-12-01T01:00:00.000Z')).toBe(true);
    const weekBefore = rt
      .outbox()
      .filter((m) => m.key.startsWith(`visit-reminder-week#${city}#${year}.${opd}#2#`));
    expect(weekBefore.map(recipientOf).sort()).toEqual(confirmations.map(recipientOf).sort());
    expect(weekBefore.every((m) => m.date === '2026-11-25T01:00:00.000Z')).toBe(true);
    const { ics } = partsOf(rt.ports.outbox.read(confirmations[0]?.file ?? ''));
    expect(ics).toContain('SEQUENCE:2');
    expect(ics).toContain('STATUS:CONFIRMED');
    expect(rt.failures).toEqual([]);
  });

  it('lets the head propose another date instead, which the team confirms: the invitation updated, the reminder moved', async () => {
    // Act
    const confirmed = await rt.ports.visits.get(city, year, opd);
    const counter = await proposeVisit(deps, head, year, opd, {
      revision: confirmed?.revision ?? 0,
      date: '2026-12-03',
      start: '13:00',
      end: '15:00',
      place: 'Aula Diskominfo',
      note: 'Kepala OPD bertugas ke luar kota pada 2 Desember.',
    });
    const headCannotConfirmItsOwn = await refusal(
      confirmVisit(deps, head, year, opd, { revision: counter.visit.revision }),
    );
    // The team answers once the head's proposal has reached it.
    await rt.advanceTo('2026-12-01T01:35:00.000Z');
    const agreed = await confirmVisit(deps, team, year, opd, { revision: counter.visit.revision });
    await rt.advanceTo('2026-12-02T01:30:00.000Z');

    // Assess
    expect(counter.visit).toMatchObject({
      status: 'proposed',
      sequence: 3,
      slot: { side: 'opd', by: head.subject },
    });
    expect(headCannotConfirmItsOwn.code).toBe('nothing_to_confirm');
    expect(agreed.visit).toMatchObject({ status: 'confirmed', sequence: 4, confirmed: { by: team.subject } });
    const counterInvitations = rt
      .outbox()
      .filter((m) => m.key.startsWith(`visit-invitation#${city}#${year}.${opd}#3#`));
    const final = rt.outbox().filter((m) => m.key.startsWith(`visit-invitation#${city}#${year}.${opd}#4#`));
    expect(counterInvitations.length).toBe(final.length);
    const { ics, text } = partsOf(rt.ports.outbox.read(final[0]?.file ?? ''));
    expect(ics).toContain('SEQUENCE:4');
    expect(ics).toContain('DTSTART:20261203T060000Z');
    expect(ics).toContain('LOCATION:Aula Diskominfo');
    expect(text).toContain('Aula Diskominfo');
    const reminders = rt.outbox().filter((m) => m.key.startsWith(`visit-reminder#${city}#${year}.${opd}#4#`));
    expect(reminders.map(recipientOf).sort()).toEqual(final.map(recipientOf).sort());
    expect(reminders.every((m) => m.date === '2026-12-02T01:00:00.000Z')).toBe(true);
    expect(rt.failures).toEqual([]);
  });

  it('refuses a redraw once a visit has a date, keeping the draw and its visits', async () => {
    // Act
    const redraw = await refusal(
      drawSelection(deps, 'evaluator', city, year, { values: ['111111'], reason: 'Salah ketik nilai.' }),
    );

    // Assess
    expect(redraw.code).toBe('visits_scheduled');
    expect((await rt.ports.selections.get(city, year))?.draws).toHaveLength(1);
  });

  it('records the team’s findings on the day: a level found lower changes the final index, and is audited', async () => {
    // Prepare
    const review = await rt.ports.reviews.get(city, year, opd);
    if (!review) throw new Error('no review');
    const [indicator = '', claims] = Object.entries(review.indicators).find(([, c]) => c.claimed >= 2) ?? [];
    const lower = ((claims?.claimed ?? 2) - 1) as 1 | 2 | 3 | 4;
    const finding = {
      revision: review.revision,
      indicator,
      observed: 'Aplikasi berjalan, belum terintegrasi.',
    };
    const tooEarly = await refusal(
      recordFindings(deps, team, year, opd, { ...finding, level: lower, reason: 'x' }),
    );
    await rt.advanceTo('2026-12-03T06:00:00.000Z');
    const instrument = await instrumentOfReview(rt.ports, review);
    const before = reviewScores(review, instrument).scores.final.index;

    // Act
    const noReason = await refusal(recordFindings(deps, team, year, opd, { ...finding, level: lower }));
    const notTeam = await refusal(
      recordFindings(deps, outsider, year, opd, { ...finding, level: lower, reason: 'Integrasi belum ada.' }),
    );
    const recorded = await recordFindings(deps, team, year, opd, {
      ...finding,
      level: lower,
      reason: 'Integrasi yang diklaim belum ada.',
    });

    // Assess
    expect(tooEarly.code).toBe('findings_before_visit');
    expect(noReason.fields?.map((f) => f.code)).toEqual(['reason_required']);
    expect(notTeam.kind).toBe('forbidden');
    expect(recorded.review.indicators[indicator]?.finding).toMatchObject({ level: lower, by: team.subject });
    expect(recorded.review.indicators[indicator]?.verified).toBe(claims?.claimed);
    const after = reviewScores(recorded.review, instrument).scores;
    expect(after.final.index).toBeLessThan(before ?? Number.POSITIVE_INFINITY);
    expect(after.verified.index).toBe(before);
    const actions = await rt.auditActions();
    for (const action of [
      'visit.opened',
      'visit.proposed',
      'visit.confirmed',
      'review.visit_finding_recorded',
    ])
      expect(actions).toContain(action);
  });
});

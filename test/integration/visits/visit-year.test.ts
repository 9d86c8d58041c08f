import { describe, expect, it } from 'vitest';
import { smartCityInstrument2026 } from '#forms/instrument/kota-jambi-2026.ts';
import { moduleKinds } from '#functions/app/generated/kinds.ts';
import type { Review } from '#functions/assessment/review-model.ts';
import { selfAssessmentPhase } from '#functions/assessment/self-assessment-kind.ts';
import { deskLevel } from '#functions/assessment/visit-findings.ts';
import { phaseOf } from '#functions/obligations/kinds/phases.ts';
import { obligationIdOf } from '#functions/obligations/model.ts';
import { startCycle } from '#functions/obligations/start-cycle.ts';
import {
  addWorkingDays,
  instantAt,
  isWorkingDay,
  localDateOf,
  previousWorkingDay,
} from '#functions/platform/time/calendar.ts';
import { addDays } from '#functions/platform/time/days.ts';
import { visitSettingsOf } from '#functions/visits/visit-settings.ts';
import { simulateYear } from '#infra/local/simulation/simulate-year.ts';
import { city, createCycleRuntime, smallCityOpds, year } from '#test/support/cycle-runtime.ts';

/*
 * The simulated year with the self-assessment phase goes on to the evaluation visits: the lead
 * announces and draws the selection, each visit is agreed and confirmed in the window, its team
 * records findings on the day, and the summary counts what the tables and the outbox hold. The
 * small city keeps the year short; seed 2026 gives it an OPD always visited, one drawn, a head who
 * asks for another day and findings a level below the desk's, so every branch is seen.
 */

const seed = 2026;

/** The small city's year with every kind's phase, and what its tables and outbox hold after it. */
async function simulatedYear() {
  const rt = await createCycleRuntime();
  await rt.seedSmallCity();
  await rt.ports.instruments.put(city, smartCityInstrument2026);
  await startCycle({ ...rt.ports, kinds: moduleKinds }, rt.clock, { city, year });
  expect((await rt.workflows.start('cycle-kickoff', { city, year })).status).toBe('SUCCEEDED');
  const summary = await simulateYear({ ...rt.ports, clock: rt.clock }, rt.fire, { city, year, seed });
  expect(rt.failures).toEqual([]);
  const cycle = await rt.ports.cycles.getCycle(city, year);
  if (!cycle) throw new Error('no cycle');
  const visits = await rt.ports.visits.ofCycle(city, year);
  const reviews = new Map<string, Review>();
  for (const { opd } of visits) {
    const review = await rt.ports.reviews.get(city, year, opd);
    if (review) reviews.set(opd, review);
  }
  return {
    rt,
    cycle,
    summary,
    visits,
    reviews,
    selection: await rt.ports.selections.get(city, year),
    audit: await rt.auditEvents(),
    outbox: rt.outbox(),
  };
}

describe('the simulated year with the self-assessment phase, through its evaluation visits', () => {
  it('draws the visits, confirms each on a working day of the window, records findings, and replays it from its seed', async () => {
    // Act
    const [first, again] = await Promise.all([simulatedYear(), simulatedYear()]);

    // Assess: announced by the lead two working days after the self-assessments were due, drawn once
    const { cycle, summary, visits, reviews, selection, audit, outbox } = first;
    const zone = cycle.calendar.timeZone;
    const due = phaseOf(cycle, selfAssessmentPhase)?.due ?? '';
    const announcement = selection?.announcement;
    if (!announcement) throw new Error('no selection announced');
    expect(selection?.draws).toHaveLength(1);
    const [draw] = selection?.draws ?? [];
    expect(announcement.announcedBy).toBe('evaluator');
    expect(localDateOf(new Date(announcement.announcedAt), zone)).toBe(
      addWorkingDays(cycle.calendar, due, 2),
    );
    expect(announcement.count).toBe(Math.max(1, Math.round(smallCityOpds.length / 5)));
    expect(announcement.sources.map((s) => s.description)).toEqual([
      expect.stringMatching(/^Penutupan IHSG \d+ \w+ 2026, dalam seperseratus poin$/),
      expect.stringMatching(/^Enam angka undian \d+ \w+ 2026$/),
    ]);
    expect(announcement.drawDate).toBe(announcement.sources[1]?.expected);
    expect(localDateOf(new Date(draw?.drawnAt ?? ''), zone)).toBe(announcement.drawDate);
    const [index = [], balls = []] = draw?.values ?? [];
    expect(index).toEqual([expect.stringMatching(/^[1-9]\d{5,6}$/)]);
    expect(new Set(balls).size).toBe(6);
    expect(balls.every((b) => Number(b) >= 1 && Number(b) <= 45)).toBe(true);

    // The OPDs always visited are exactly those whose self-assessment stood missed at the announcement
    const missedThen = smallCityOpds.filter((opd) => {
      const id = obligationIdOf(city, year, opd, 'self-assessment');
      const before = audit.filter((e) => e.entity.id === id && e.at <= announcement.announcedAt);
      return before.at(-1)?.action === 'obligation.missed';
    });
    expect(missedThen.length).toBeGreaterThan(0);
    expect(announcement.alwaysVisited).toEqual(
      missedThen.map((opd) => ({
        opd,
        name: expect.any(String),
        reason: 'Tidak mengirim penilaian mandiri tepat waktu',
      })),
    );

    // Every OPD drawn or always visited has its visit, confirmed on a working day of the window
    const { opens, closes } = visitSettingsOf(cycle);
    const targets = [...(draw?.selected.map((s) => s.opd) ?? []), ...missedThen];
    expect(visits.map((v) => v.opd).sort()).toEqual([...targets].sort());
    for (const visit of visits) {
      const name = (await first.rt.ports.directory.getOpd(city, visit.opd))?.name;
      expect(visit).toMatchObject({
        status: 'confirmed',
        slot: { start: '09:00', end: '12:00', place: `Kantor ${name}` },
      });
      const date = visit.slot?.date ?? '';
      expect(date >= opens && date <= closes, date).toBe(true);
      expect(isWorkingDay(cycle.calendar, date), date).toBe(true);
    }

    // Each indicator of a visited OPD's review has a finding by its team: the desk's level, or one
    // below it with a reason
    const findings = [...reviews.values()].flatMap((review) => {
      const team = visits.find((v) => v.opd === review.opd)?.team ?? [];
      return Object.values(review.indicators).map((indicator) => {
        expect(indicator.finding?.by).toSatisfy((by: string) => team.includes(by) || by === 'evaluator');
        const lowered = indicator.finding?.level !== deskLevel(indicator);
        expect(indicator.finding?.level).toBe(deskLevel(indicator) - (lowered ? 1 : 0));
        expect(indicator.finding?.reason !== undefined).toBe(lowered);
        return { lowered };
      });
    });
    expect(reviews.size).toBeGreaterThan(0);

    // The summary counts what the tables hold
    const counterProposed = visits.filter((v) => v.slot?.side === 'opd').length;
    expect(counterProposed).toBeGreaterThan(0);
    expect(summary.visits).toEqual({
      drawn: draw?.selected.length,
      alwaysVisited: missedThen.length,
      levelsChanged: findings.filter((f) => f.lowered).length,
    });
    expect(summary.visits.levelsChanged).toBeGreaterThan(0);
    expect(summary.audit).toMatchObject({
      visitsOpened: visits.length,
      visitDatesProposed: visits.length + counterProposed,
      visitCounterProposals: counterProposed,
      visitsConfirmed: visits.length,
      findingsRecorded: findings.length,
    });

    // ... and what the outbox holds: an invitation to everyone concerned on each change, and a
    // reminder at 08:00 on the working day before the visit
    const invitations = outbox.filter((m) => m.key.startsWith('visit-invitation#'));
    const reminders = outbox.filter((m) => m.key.startsWith('visit-reminder#'));
    const weekReminders = outbox.filter((m) => m.key.startsWith('visit-reminder-week#'));
    expect(summary.outbox).toMatchObject({
      visitInvitations: invitations.length,
      visitReminders: reminders.length + weekReminders.length,
      other: 0,
    });
    let concerned = 0;
    for (const visit of visits) {
      const heads = await first.rt.ports.people.ofOpd(city, visit.opd, 'opd-head');
      const operators = await first.rt.ports.people.ofOpd(city, visit.opd, 'opd-operator');
      const people = visit.team.length + heads.length + operators.length;
      concerned += people * visit.sequence;
      const ofVisit = reminders.filter((m) => m.key.startsWith(`visit-reminder#${city}#${visit.visitId}#`));
      const dayBefore = previousWorkingDay(cycle.calendar, addDays(visit.slot?.date ?? '', -1));
      expect(ofVisit).toHaveLength(people);
      expect(ofVisit.every((m) => m.date === instantAt(dayBefore, '08:00', zone).toISOString())).toBe(true);
    }
    expect(invitations).toHaveLength(concerned);

    // Same seed, same year: the same selection, visits, findings and summary
    expect(again.summary).toEqual(summary);
    expect(again.selection).toEqual(selection);
    expect(again.visits).toEqual(visits);
    expect([...again.reviews.values()].map((r) => r.indicators)).toEqual(
      [...reviews.values()].map((r) => r.indicators),
    );
  }, 240_000);
});

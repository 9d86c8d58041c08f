import { describe, expect, it } from 'vitest';
import { smartCityInstrument2026 } from '#forms/instrument/kota-jambi-2026.ts';
import { moduleKinds } from '#functions/app/generated/kinds.ts';
import { startCycle } from '#functions/obligations/start-cycle.ts';
import { demoOpds } from '#infra/local/demo-city.ts';
import { simulateYear } from '#infra/local/simulation/simulate-year.ts';
import { city, createCycleRuntime, year } from '#test/support/cycle-runtime.ts';

/** The demo year with every kind's phase: the innovation reports and the self-assessments, reviewed. */
async function simulatedYear(seed: number) {
  const rt = await createCycleRuntime();
  await rt.seed();
  await rt.ports.instruments.put(city, smartCityInstrument2026);
  await startCycle({ ...rt.ports, kinds: moduleKinds }, rt.clock, { city, year });
  expect((await rt.workflows.start('cycle-kickoff', { city, year })).status).toBe('SUCCEEDED');
  const summary = await simulateYear({ ...rt.ports, clock: rt.clock }, rt.fire, { city, year, seed });
  expect(rt.failures).toEqual([]);
  return summary;
}

describe('the demo year with its self-assessments, simulated on the virtual clock', () => {
  it('reviews every self-assessment sent, revision loops included, and replays it from its seed', async () => {
    // Act
    const [first, again] = await Promise.all([simulatedYear(2026), simulatedYear(2026)]);

    // Assess: every demo OPD owes both, and each owner of an impact survey program or a quick win
    // that too; each
    // first submission opened a review, each resubmission a round
    const { audit, outbox, selfAssessments, visits, surveys, risks } = first;
    expect(audit.opened).toBe(2 * demoOpds.length + surveys.owners + risks.owners);
    expect(selfAssessments.submitted).toBeGreaterThan(0);
    expect(selfAssessments.submitted).toBeLessThan(demoOpds.length);
    expect(audit.reviewsOpened).toBe(selfAssessments.submitted);
    expect(audit.reviewRounds).toBe(selfAssessments.submitted + selfAssessments.resubmitted);
    // Revisions were asked and answered; every review ended accepted by the year's end
    expect(audit.revisionsRequested).toBeGreaterThan(0);
    expect(selfAssessments.resubmitted).toBe(audit.revisionsRequested);
    expect(audit.reviewsAccepted).toBe(audit.reviewsOpened);
    // The verifier was told of every round, reminded of the rounds still open the day before, and
    // the lead of those a slow verifier let pass
    expect(outbox.reviewNotices).toBe(audit.reviewRounds);
    expect(outbox.reviewReminders).toBeGreaterThan(0);
    expect(outbox.reviewReminders).toBeLessThanOrEqual(audit.reviewRounds);
    expect(outbox.reviewEscalations, JSON.stringify({ outbox, audit, selfAssessments })).toBeGreaterThan(0);
    expect(outbox.other).toBe(0);
    // The visits followed: a fifth of the city drawn, the OPDs that missed their self-assessment
    // always visited (five at most), every visit confirmed, reminded and its findings recorded
    expect(visits.drawn).toBe(Math.round(demoOpds.length / 5));
    expect(visits.alwaysVisited).toBeGreaterThan(0);
    expect(visits.alwaysVisited).toBeLessThanOrEqual(5);
    expect(audit.visitsOpened).toBe(visits.drawn + visits.alwaysVisited);
    expect(audit.visitsConfirmed).toBe(audit.visitsOpened);
    expect(outbox.visitReminders).toBeGreaterThan(0);
    expect(audit.findingsRecorded).toBeGreaterThan(0);
    // The impact survey: a program in each dimension, five questionnaires asked of each, most of
    // its owners answered, and twice as many citizens as questionnaires asked
    expect(surveys.programs).toBe(6);
    expect(surveys.owners).toBeGreaterThan(0);
    expect(surveys.obligationsAnswered).toBeGreaterThan(0);
    expect(surveys.obligationsAnswered).toBeLessThanOrEqual(surveys.owners);
    expect(surveys.impactResponses).toBeLessThanOrEqual(5 * surveys.programs);
    expect(surveys.assistedResponses).toBeGreaterThan(0);
    expect(surveys.citizenResponses).toBe(2 * 5 * surveys.programs);
    // The risk registers: six quick wins, each owner's register reviewed, the revisions asked
    // answered within the phase, and each revision told to the OPD by email
    expect(risks.quickWins).toBe(6);
    expect(risks.owners).toBeGreaterThan(0);
    expect(risks.submitted).toBeGreaterThan(0);
    expect(risks.submitted).toBeLessThanOrEqual(risks.owners);
    expect(risks.resubmitted).toBe(risks.revisionsAsked);
    expect(risks.accepted).toBe(risks.submitted);
    expect(risks.risks).toBeGreaterThanOrEqual(2 * risks.submitted);
    expect(outbox.revisionNotices).toBeGreaterThanOrEqual(risks.revisionsAsked);
    expect(outbox.revisionNotices > 0).toBe(risks.revisionsAsked > 0);
    // Same seed, same year
    expect(again).toEqual(first);
  }, 300_000);
});

import { describe, expect, it } from 'vitest';
import { moduleKinds } from '#functions/app/generated/kinds.ts';
import { deadlineInstant } from '#functions/obligations/deadline.ts';
import { createDueLookup } from '#functions/obligations/due-lookup.ts';
import { openKickoffBatch } from '#functions/obligations/kickoff.ts';
import { defineObligationKind } from '#functions/obligations/kinds/define.ts';
import { createKindRegistry } from '#functions/obligations/kinds/lookup.ts';
import { opdHeadThenSecretary, opdOperators } from '#functions/obligations/kinds/recipients.ts';
import { obligationIdOf } from '#functions/obligations/model.ts';
import { kinds as obligationKinds } from '#functions/obligations/obligation-kinds.ts';
import { createSubmissionLinker } from '#functions/obligations/record-submission.ts';
import { startCycle } from '#functions/obligations/start-cycle.ts';
import type { Submission } from '#functions/submissions/model.ts';
import { city, createCycleRuntime, year } from '#test/support/cycle-runtime.ts';

/**
 * A second kind, declared here alone as its own file would declare it: a follow-up of the
 * dinas, in a phase of its own; the engine is given it through its deps' `kinds`, as the app gives
 * it every part's.
 */
const followUp = defineObligationKind({
  id: 'follow-up',
  formId: 'follow-up',
  title: { id: 'Tindak Lanjut Rekomendasi', en: 'Recommendation follow-up' },
  phase: 'follow-up',
  owedBy: (opd) => opd.kind === 'dinas',
  reminded: opdOperators,
  escalatedTo: opdHeadThenSecretary,
  mail: { templates: 'standard' },
});
const kinds = createKindRegistry([...obligationKinds, followUp]);

describe('a second kind of obligation', () => {
  it('is opened, mailed, looked up and answered with no change outside its declaration', async () => {
    // Prepare: Bappeda (a badan), Diskominfo and Dinas Kesehatan (dinas); a cycle with the phase
    const rt = await createCycleRuntime();
    await rt.seedSmallCity();
    const cycle = await startCycle(rt.ports, rt.clock, {
      city,
      year,
      phases: { 'follow-up': { due: '2026-06-30', closes: '2026-07-31' } },
    });
    const deps = { ...rt.obligationDeps, kinds };

    // Act
    const kickoff = await openKickoffBatch(deps, { city, year });
    const again = await openKickoffBatch(deps, { city, year });

    // Assess: the innovation report for every OPD, the follow-up for the dinas, each once
    expect(kickoff).toMatchObject({ opened: 5, alreadyOpen: 0, emails: 5 });
    expect(again).toMatchObject({ opened: 0, alreadyOpen: 5, emails: 0 });
    const id = (opd: string) => obligationIdOf(city, year, opd, followUp.id);
    expect(await rt.ports.obligations.get(id('bappeda'))).toBeUndefined();
    expect(await rt.ports.obligations.get(id('diskominfo'))).toMatchObject({
      obligationId: 'jambi.2026.diskominfo.follow-up',
      kind: 'follow-up',
      formId: 'follow-up',
      due: '2026-06-30',
      closes: '2026-07-31',
      deadlineAt: deadlineInstant(cycle.calendar, '2026-06-30').toISOString(),
      status: 'open',
    });
    expect((await rt.obligation('diskominfo'))?.due).toBe('2026-10-30');
    // its kick-off names it by its title, and went to the OPD's operator
    const mailed = rt.outbox().filter((e) => e.obligationId === id('diskominfo'));
    expect(mailed.map((e) => [e.slot, e.subject])).toEqual([
      ['kickoff', 'Tenggat 30 Juni: Tindak Lanjut Rekomendasi · Dinas Komunikasi dan Informatika'],
    ]);
    const [operator] = await rt.ports.people.ofOpd(city, 'diskominfo', 'opd-operator');
    expect(mailed[0]?.personId).toBe(operator?.personId);

    // its form finds it, through the same kinds; the registered ones alone know no such form
    expect(await createDueLookup({ ...rt.ports, kinds })(city, 'diskominfo', 'follow-up')).toMatchObject({
      obligationId: id('diskominfo'),
      due: '2026-06-30',
    });
    expect(
      await createDueLookup({ ...rt.ports, kinds: moduleKinds })(city, 'diskominfo', 'follow-up'),
    ).toBeUndefined();

    // and a submission of that form satisfies it, not the innovation report
    const submission = {
      submissionId: 'sub-follow-up',
      city,
      opd: 'diskominfo',
      formId: 'follow-up',
      submittedAt: '2026-03-02T03:00:00.000Z',
      submittedBy: operator?.personId ?? 'operator',
    } as Submission;
    const linked = await createSubmissionLinker(deps)(submission);
    expect(linked).toMatchObject({ obligationId: id('diskominfo'), status: 'submitted', late: false });
    expect((await rt.obligation('diskominfo'))?.status).toBe('open');
  });
});

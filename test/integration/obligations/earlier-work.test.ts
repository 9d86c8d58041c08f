import { randomUUID } from 'node:crypto';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { formCatalog } from '#forms/catalog.ts';
import { createDraft } from '#functions/submissions/drafts.ts';
import { makeInnovationAnswers } from '#test/support/api-answers.ts';
import { createCycleRuntime, cycleStart } from '#test/support/cycle-runtime.ts';

describe('work an OPD did before its reminders', () => {
  it('counts a report of the cycle’s year sent before the cycle started, and asks nothing more for it', async () => {
    // Prepare: Diskominfo reports on Friday 2 January 2026, before the cycle starts on Monday 5 January
    const rt = await createCycleRuntime({ start: '2026-01-02T03:00:00.000Z' });
    await rt.seedSmallCity();
    const early = await rt.submitReport('diskominfo');
    rt.clock.set(new Date(cycleStart));

    // Act
    const kickoff = await rt.startCycle();
    await rt.advanceTo('2026-12-31T00:00:00.000Z');

    // Assess: opened and satisfied at once, with no schedule and no kick-off email
    expect(kickoff.output).toMatchObject({ opened: 3, alreadySubmitted: 1, emails: 2 });
    expect(await rt.obligation('diskominfo')).toMatchObject({
      status: 'submitted',
      late: false,
      submissionId: early.submission.submissionId,
    });
    expect(rt.outbox().filter((e) => e.obligationId === rt.obligationId('diskominfo'))).toEqual([]);
    expect(rt.outbox().filter((e) => e.obligationId === rt.obligationId('bappeda')).length).toBeGreaterThan(
      1,
    );
    expect(rt.failures).toEqual([]);
  });

  it('does not count a report of the year before', async () => {
    const rt = await createCycleRuntime({ start: '2025-12-20T03:00:00.000Z' });
    await rt.seedSmallCity();
    await rt.submitReport('diskominfo');
    rt.clock.set(new Date(cycleStart));

    await rt.startCycle();

    expect(await rt.obligation('diskominfo')).toMatchObject({ status: 'open' });
    expect(rt.outbox().filter((e) => e.obligationId === rt.obligationId('diskominfo'))).toHaveLength(1);
  });

  it('says in a reminder when the OPD’s draft was saved and by whom, and nothing of a draft that does not exist', async () => {
    // Prepare: Budi saves a draft for Dinas Kesehatan in March; Bappeda saves nothing
    const rt = await createCycleRuntime();
    await rt.seedSmallCity();
    await rt.startCycle();
    rt.clock.set(new Date('2026-03-02T03:15:00.000Z'));
    await createDraft(
      {
        store: rt.ports.submissions,
        forms: formCatalog,
        files: rt.ports.files,
        clock: rt.clock,
        newId: randomUUID,
      },
      { subject: 'operator-dinkes', city: 'jambi', opd: 'dinas-kesehatan', roles: ['opd-operator'] },
      'innovation-report',
      { formVersion: 1, answers: { name: makeInnovationAnswers().name } },
    );

    // Act
    await rt.advanceTo('2026-09-30T02:00:00.000Z');

    // Assess
    const text = async (opd: string) => {
      const [d30] = rt.outbox().filter((e) => e.obligationId === rt.obligationId(opd) && e.slot === 'D-30');
      return d30 ? ((await PostalMime.parse(rt.ports.outbox.read(d30.file))).text ?? '') : '';
    };
    expect(await text('dinas-kesehatan')).toContain(
      'Draf OPD Anda terakhir disimpan Senin, 2 Maret 2026 10.15 WIB oleh Budi Operator Dinkes',
    );
    expect(await text('bappeda')).toContain('OPD Anda belum menyimpan draf formulir ini');
    expect(await text('bappeda')).not.toContain('terakhir disimpan');
  });
});

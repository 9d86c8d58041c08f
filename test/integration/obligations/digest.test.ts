import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { createCycleRuntime, smallCityOpds } from '#test/support/cycle-runtime.ts';

// Innovation reports due Friday 30 October 2026: E-1 Monday 2 November, E-2 Wednesday 4 November,
// each at 08:00 WIB; the day's digest of each recipient half an hour later.

describe('escalations as one digest per recipient and day', () => {
  it('sends the city secretary one email for every OPD that missed, and each head one for their OPD', async () => {
    // Prepare: none of the three OPDs submits
    const rt = await createCycleRuntime();
    await rt.seedSmallCity();
    await rt.startCycle();

    // Act
    await rt.advanceTo('2026-11-05T00:00:00.000Z');

    // Assess: the heads, one each on 2 November; the secretary, one on 4 November
    const escalations = rt.outbox().filter((e) => e.slot.startsWith('E-') || e.slot.startsWith('digest'));
    const toSecretary = escalations.filter((e) => e.to === 'sekda@example.org');
    expect(toSecretary).toHaveLength(1);
    expect(toSecretary[0]?.date).toBe('2026-11-04T01:30:00.000Z');
    const heads = escalations.filter((e) => e.to !== 'sekda@example.org');
    expect(heads.map((e) => [e.to, e.slot, e.date]).sort()).toEqual(
      ['kepala.bappeda', 'kepala.dinas-kesehatan', 'kepala.diskominfo']
        .map((who) => [`${who}@example.org`, 'E-1', '2026-11-02T01:30:00.000Z'])
        .sort(),
    );
    const digest = await PostalMime.parse(rt.ports.outbox.read(toSecretary[0]?.file ?? ''));
    expect(digest.subject).toBe(
      `Eskalasi: ${smallCityOpds.length} OPD melewati tenggat (Rabu, 4 November 2026)`,
    );
    for (const name of [
      'Badan Perencanaan Pembangunan Daerah (Bappeda)',
      'Dinas Komunikasi dan Informatika',
      'Dinas Kesehatan',
    ])
      expect(digest.text).toContain(`OPD: ${name}`);
    expect(digest.text).toContain('Kepala OPD: Kepala Diskominfo');
    expect(digest.text?.match(/\/l\//g)).toHaveLength(smallCityOpds.length);
    expect(digest.text).toContain('/admin/kewajiban?status=missed');
    expect(rt.failures).toEqual([]);
  });

  it('leaves out of the digest an OPD that submitted after its escalation was collected', async () => {
    // Prepare: the E-2 escalations of 4 November are collected at 08:00
    const rt = await createCycleRuntime();
    await rt.seedSmallCity();
    await rt.startCycle();
    await rt.advanceTo('2026-11-04T01:10:00.000Z');

    // Act: Bappeda submits at 08:10, before the digest goes at 08:30
    await rt.submitReport('bappeda');
    await rt.advanceTo('2026-11-05T00:00:00.000Z');

    // Assess
    const [toSecretary] = rt.outbox().filter((e) => e.to === 'sekda@example.org');
    const digest = await PostalMime.parse(rt.ports.outbox.read(toSecretary?.file ?? ''));
    expect(digest.subject).toMatch(/^Eskalasi: 2 OPD melewati tenggat/);
    expect(digest.text).not.toContain('Bappeda');
  });

  it('sends a digest once when its schedule fires twice', async () => {
    const rt = await createCycleRuntime();
    await rt.seedSmallCity();
    await rt.startCycle();
    const due = await rt.ports.localScheduler.due(new Date('2026-11-04T01:00:00.000Z'));
    const e2 = due.find((s) => s.input.slot === 'E-2');
    await rt.advanceTo('2026-11-05T00:00:00.000Z');
    const before = rt.outbox().length;
    const digestInput = {
      obligationId: e2?.input.obligationId as string,
      deadlineVersion: 1,
      slot: 'digest',
      digest: 'sekda#2026-11-04',
      scheduledTime: '2026-11-04T01:30:00.000Z',
    };

    const again = await rt.workflows.start('obligation-reminder', digestInput);

    expect(again.status).toBe('SUCCEEDED');
    expect(rt.outbox()).toHaveLength(before);
  });
});

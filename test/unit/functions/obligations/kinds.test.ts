import { describe, expect, it } from 'vitest';
import { moduleKinds as kindRegistry } from '#functions/app/generated/kinds.ts';
import { selfAssessmentKind } from '#functions/assessment/self-assessment-kind.ts';
import type { City, Opd } from '#functions/directory/model.ts';
import { deadlineInstant } from '#functions/obligations/deadline.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import { openKickoffBatch } from '#functions/obligations/kickoff.ts';
import { defineObligationKind, type ObligationKind } from '#functions/obligations/kinds/define.ts';
import { innovationReportKind } from '#functions/obligations/kinds/innovation-report.ts';
import { createKindRegistry, kindOf } from '#functions/obligations/kinds/lookup.ts';
import { cyclePhases, innovationPhase, phaseOf } from '#functions/obligations/kinds/phases.ts';
import { everyOpd, opdHeadThenSecretary, opdOperators } from '#functions/obligations/kinds/recipients.ts';
import type { Cycle, Obligation } from '#functions/obligations/model.ts';
import { kinds as obligationKinds } from '#functions/obligations/obligation-kinds.ts';
import { defaultReminderPolicy } from '#functions/obligations/reminder-policy.ts';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import type { ScheduleRequest } from '#functions/platform/ports/scheduler.ts';
import { riskRegisterKind } from '#functions/risks/risk-kind.ts';
import { impactSurveyKind } from '#functions/surveys/impact-kind.ts';
import { makeCalendar } from './builders.ts';

const city: City = { city: 'jambi', name: 'Kota Jambi', timeZone: 'Asia/Jakarta', secretary: 'sekda' };

const cycle: Cycle = {
  city: 'jambi',
  year: 2026,
  calendar: makeCalendar(),
  policy: defaultReminderPolicy,
  innovationDue: '2026-10-30',
  innovationCloses: '2026-12-11',
  startedAt: '2026-01-05T01:00:00.000Z',
};

const opds: Opd[] = [
  { city: 'jambi', opd: 'bappeda', name: 'Bappeda', kind: 'badan' },
  { city: 'jambi', opd: 'diskominfo', name: 'Diskominfo', kind: 'dinas' },
  { city: 'jambi', opd: 'kecamatan-telanaipura', name: 'Kecamatan Telanaipura', kind: 'kecamatan' },
];

/**
 * A kind the registry does not list, answered with a form of its own in a phase of its own and
 * owed by the kecamatan only.
 */
const followUp = defineObligationKind({
  id: 'follow-up',
  formId: 'follow-up',
  title: { id: 'Tindak Lanjut Rekomendasi', en: 'Recommendation follow-up' },
  phase: 'follow-up',
  owedBy: (opd: Opd) => opd.kind === 'kecamatan',
  reminded: opdOperators,
  escalatedTo: opdHeadThenSecretary,
  mail: { templates: 'standard' },
});

const withFollowUp = createKindRegistry([...obligationKinds, followUp]);

/** Ports enough for a kick-off of {@link opds} with nobody to mail: what it opens and schedules. */
function kickoffDeps(theCycle: Cycle, kinds = withFollowUp) {
  const opened = new Map<string, Obligation>();
  const schedules: ScheduleRequest[] = [];
  let ids = 0;
  const deps = {
    kinds,
    directory: {
      getCity: async () => city,
      opdPage: async () => ({ opds }),
    },
    cycles: { getCycle: async () => theCycle },
    obligations: {
      open: async (obligation: Obligation) => {
        if (opened.has(obligation.obligationId)) return false;
        opened.set(obligation.obligationId, obligation);
        return true;
      },
      get: async (id: string) => opened.get(id),
    },
    people: { ofOpd: async () => [], get: async () => undefined },
    submissions: { listForOpd: async () => ({ drafts: [], submissions: [] }) },
    scheduler: { schedule: async (request: ScheduleRequest) => void schedules.push(request) },
    clock: { now: () => new Date(cycle.startedAt) },
    newId: () => `id-${++ids}`,
    scheduleGroup: 'siklus-test',
    baseUrl: 'https://siklus.example.go.id',
  } as unknown as ObligationDeps;
  return { deps, opened, schedules };
}

describe('the obligation kinds registry', () => {
  it('gathers every part’s kinds, the innovation report among them, found by kind id and by form id', () => {
    expect(kindRegistry.all).toEqual([
      innovationReportKind,
      selfAssessmentKind,
      impactSurveyKind,
      riskRegisterKind,
    ]);
    expect(kindRegistry.byForm('risk-register')).toBe(riskRegisterKind);
    expect(kindRegistry.byForm('impact-questionnaire')).toBe(impactSurveyKind);
    expect(kindRegistry.byForm('self-assessment')).toBe(selfAssessmentKind);
    expect(kindRegistry.byId('innovation-report')).toBe(innovationReportKind);
    expect(kindRegistry.byForm('innovation-report')).toBe(innovationReportKind);
    expect(innovationReportKind).toMatchObject({
      formId: 'innovation-report',
      phase: innovationPhase,
      title: { id: 'Laporan Inovasi OPD', en: 'OPD innovation report' },
    });
    expect(Object.isFrozen(innovationReportKind)).toBe(true);
  });

  it('maps a form id no kind is answered with, or an unknown kind id, to no kind', () => {
    for (const id of ['follow-up', 'Innovation-Report', '', 'toString', '__proto__']) {
      expect(kindRegistry.byForm(id)).toBeUndefined();
      expect(kindRegistry.byId(id)).toBeUndefined();
    }
  });

  it('refuses a list with two kinds of one id or one form, or an id that cannot end an obligation id', () => {
    const twin = { ...followUp, formId: 'other-form' };
    expect(() => createKindRegistry([followUp, twin])).toThrow(/two obligation kinds/i);
    const sameForm = { ...followUp, id: 'recommendation-follow-up' };
    expect(() => createKindRegistry([followUp, sameForm])).toThrow(/answers two/);
    for (const id of ['Self', 'self.assessment', '', '-x', 'a'.repeat(64)])
      expect(() => createKindRegistry([{ ...followUp, id }])).toThrow(/Bad obligation kind id/);
  });

  it('gives the kind of a stored obligation, and refuses one the registry does not have', () => {
    const obligation = { obligationId: 'jambi.2026.diskominfo.innovation-report', kind: 'innovation-report' };
    expect(kindOf(kindRegistry, obligation as Obligation)).toBe(innovationReportKind);
    const stray = { obligationId: 'jambi.2026.diskominfo.follow-up', kind: followUp.id };
    expect(() => kindOf(kindRegistry, stray)).toThrow(InvalidInputError);
    expect(kindOf(withFollowUp, stray)).toBe(followUp);
  });
});

describe('the kinds’ rules', () => {
  const people = {
    ofOpd: async (_city: string, opd: string, role: string) => [{ personId: `${role}-${opd}` }],
    get: async (_city: string, personId: string) => (personId === 'sekda' ? { personId } : undefined),
  } as unknown as Parameters<ObligationKind['reminded']>[0]['people'];
  const obligation = { city: 'jambi', opd: 'diskominfo' } as Obligation;
  const ids = (people: readonly { personId: string }[]) => people.map((p) => p.personId);

  it('has every OPD owe the innovation report, its operators reminded', async () => {
    expect(opds.every(everyOpd)).toBe(true);
    expect(ids(await innovationReportKind.reminded({ people, city, obligation }))).toEqual([
      'opd-operator-diskominfo',
    ]);
  });

  it('escalates the innovation report to the head of the OPD, then to the city secretary', async () => {
    const context = { people, city, obligation };
    expect(ids(await innovationReportKind.escalatedTo(context, 'opd-head'))).toEqual(['opd-head-diskominfo']);
    expect(ids(await innovationReportKind.escalatedTo(context, 'city-secretary'))).toEqual(['sekda']);
    const noSecretary = { ...context, city: { ...city, secretary: 'nobody' } };
    expect(await innovationReportKind.escalatedTo(noSecretary, 'city-secretary')).toEqual([]);
  });
});

describe('the phases of a cycle', () => {
  it('reads the innovation phase from the attributes cycles have always been stored with', () => {
    expect(cyclePhases(cycle)).toEqual({ innovation: { due: '2026-10-30', closes: '2026-12-11' } });
    expect(phaseOf(cycle, innovationPhase)).toEqual({ due: '2026-10-30', closes: '2026-12-11' });
  });

  it('reads the other phases from `phases`, and none the cycle does not have', () => {
    const phased: Cycle = {
      ...cycle,
      phases: { 'follow-up': { due: '2026-06-30', closes: '2026-07-31' } },
    };
    expect(phaseOf(phased, 'follow-up')).toEqual({ due: '2026-06-30', closes: '2026-07-31' });
    expect(phaseOf(cycle, 'follow-up')).toBeUndefined();
    expect(phaseOf(phased, 'toString')).toBeUndefined();
    // The stored innovation attributes win over a stray `phases.innovation`.
    const stray: Cycle = { ...cycle, phases: { innovation: { due: '2026-01-01', closes: '2026-01-02' } } };
    expect(phaseOf(stray, innovationPhase)).toEqual({ due: '2026-10-30', closes: '2026-12-11' });
  });
});

describe('the kick-off of a cycle’s kinds', () => {
  const phased: Cycle = {
    ...cycle,
    phases: { 'follow-up': { due: '2026-06-30', closes: '2026-07-31' } },
  };

  it('opens each kind whose phase the cycle has, for the OPDs owing it, due as the phase says', async () => {
    const { deps, opened } = kickoffDeps(phased);

    const result = await openKickoffBatch(deps, { city: 'jambi', year: 2026 });

    expect(result).toMatchObject({ opened: 4, alreadyOpen: 0, alreadySubmitted: 0, emails: 0 });
    expect([...opened.keys()]).toEqual([
      'jambi.2026.bappeda.innovation-report',
      'jambi.2026.diskominfo.innovation-report',
      'jambi.2026.kecamatan-telanaipura.innovation-report',
      'jambi.2026.kecamatan-telanaipura.follow-up',
    ]);
    expect(opened.get('jambi.2026.diskominfo.innovation-report')).toMatchObject({
      kind: 'innovation-report',
      formId: 'innovation-report',
      due: '2026-10-30',
      closes: '2026-12-11',
      deadlineAt: deadlineInstant(cycle.calendar, '2026-10-30').toISOString(),
    });
    expect(opened.get('jambi.2026.kecamatan-telanaipura.follow-up')).toMatchObject({
      kind: 'follow-up',
      formId: 'follow-up',
      due: '2026-06-30',
      closes: '2026-07-31',
      deadlineAt: '2026-06-30T16:59:59.999Z',
      status: 'open',
      deadlineVersion: 1,
    });
  });

  it('schedules each obligation’s reminders around its own due date', async () => {
    const { deps, schedules } = kickoffDeps(phased);

    await openKickoffBatch(deps, { city: 'jambi', year: 2026 });

    const d0 = (obligationId: string) =>
      schedules.find((s) => s.input.obligationId === obligationId && s.input.slot === 'D-0')?.at;
    expect(d0('jambi.2026.kecamatan-telanaipura.follow-up')?.toISOString()).toBe('2026-06-30T01:00:00.000Z');
    expect(d0('jambi.2026.kecamatan-telanaipura.innovation-report')?.toISOString()).toBe(
      '2026-10-30T01:00:00.000Z',
    );
  });

  it('opens no obligation of a kind whose phase the cycle does not have', async () => {
    const { deps, opened } = kickoffDeps(cycle);

    const result = await openKickoffBatch(deps, { city: 'jambi', year: 2026 });

    expect(result.opened).toBe(opds.length);
    expect([...opened.values()].every((o) => o.kind === 'innovation-report')).toBe(true);
  });
});

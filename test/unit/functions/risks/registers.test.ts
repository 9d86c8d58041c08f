import { describe, expect, it } from 'vitest';
import { validateAnswers } from '#forms/engine/validate.ts';
import type { Obligation } from '#functions/obligations/model.ts';
import type { QuickWin, RiskPlan } from '#functions/risks/plan-model.ts';
import {
  type RegisterReadDeps,
  registerIdOf,
  registerOf,
  registerOwners,
  registersOf,
  risksOf,
} from '#functions/risks/registers.ts';
import { registerFormOf } from '#functions/risks/risk-forms.ts';
import type { RiskScale } from '#functions/risks/risk-matrix.ts';
import type { Submission } from '#functions/submissions/model.ts';

const opdNames: Record<string, string> = {
  diskominfo: 'Dinas Komunikasi dan Informatika',
  disdukcapil: 'Dinas Kependudukan dan Pencatatan Sipil',
  bapenda: 'Badan Pendapatan Daerah',
};

const quickWin = (submissionId: string, opd: string, name: string): QuickWin => ({
  submissionId,
  opd,
  opdName: opdNames[opd] ?? opd,
  name,
  subDimension: 'governance.public-services',
});

const makePlan = (scale: RiskScale, programs?: QuickWin[]): RiskPlan => ({
  city: 'jambi',
  year: 2026,
  scale,
  programs: programs ?? [
    quickWin('sub-ekinerja', 'diskominfo', 'E-Kinerja ASN'),
    quickWin('sub-adminduk', 'disdukcapil', 'Adminduk Online'),
    quickWin('sub-satudata', 'diskominfo', 'Satu Data Jambi'),
    quickWin('sub-pajak', 'bapenda', 'Pajak Daring'),
    quickWin('sub-ktp', 'disdukcapil', 'KTP Digital'),
  ],
  chosenBy: 'admin@jambikota.go.id',
  chosenAt: '2026-02-01T02:00:00.000Z',
  revision: 1,
});

const makeRisk = (likelihood: number, impact: number, overrides: Record<string, unknown> = {}) => ({
  program: 'sub-ekinerja',
  risk: 'Server aplikasi tidak dapat diakses',
  cause: 'Pusat data tanpa catu daya cadangan.',
  category: 'technology',
  likelihood,
  impact,
  mitigationType: 'structural',
  mitigation: 'Memasang UPS.',
  owner: 'rina@jambikota.go.id',
  due: '2026-09-30',
  ...overrides,
});

/** `[likelihood, impact, magnitude, level]` of each risk rated on `scale`. */
const ratings = (scale: RiskScale, cells: [number, number][]) =>
  risksOf(makePlan(scale), { risks: cells.map(([l, i]) => makeRisk(l, i)) }).map((r) => [
    r.likelihood,
    r.impact,
    r.rating.magnitude,
    r.rating.level.id,
  ]);

describe('risksOf', () => {
  it('gives each risk as the OPD wrote it, with the name of its program', () => {
    const [risk] = risksOf(makePlan(3), { risks: [makeRisk(2, 3)] });
    expect(risk).toEqual({
      program: 'sub-ekinerja',
      programName: 'E-Kinerja ASN',
      risk: 'Server aplikasi tidak dapat diakses',
      cause: 'Pusat data tanpa catu daya cadangan.',
      category: 'technology',
      likelihood: 2,
      impact: 3,
      rating: {
        likelihood: 2,
        impact: 3,
        magnitude: 6,
        level: { id: 'high', rank: 4, label: { id: 'Tinggi', en: 'High' }, fill: '#f6b98a' },
      },
      mitigationType: 'structural',
      mitigation: 'Memasang UPS.',
      owner: 'rina@jambikota.go.id',
      due: '2026-09-30',
    });
  });

  it('rates 3 by 3 by the product: low up to 2, moderate up to 4, high from 6', () => {
    expect(
      ratings(3, [
        [1, 1],
        [1, 2],
        [1, 3],
        [2, 2],
        [3, 1],
        [2, 3],
        [3, 3],
      ]),
    ).toEqual([
      [1, 1, 1, 'low'],
      [1, 2, 2, 'low'],
      [1, 3, 3, 'moderate'],
      [2, 2, 4, 'moderate'],
      [3, 1, 3, 'moderate'],
      [2, 3, 6, 'high'],
      [3, 3, 9, 'high'],
    ]);
  });

  it("rates 5 by 5 by the guideline's magnitudes, in bands of five", () => {
    expect(
      ratings(5, [
        [1, 1],
        [1, 5],
        [5, 1],
        [2, 2],
        [2, 3],
        [3, 4],
        [4, 4],
        [3, 5],
        [5, 5],
      ]),
    ).toEqual([
      [1, 1, 1, 'very-low'],
      [1, 5, 20, 'high'],
      [5, 1, 9, 'low'],
      [2, 2, 7, 'low'],
      [2, 3, 11, 'moderate'],
      [3, 4, 17, 'high'],
      [4, 4, 19, 'high'],
      [3, 5, 22, 'very-high'],
      [5, 5, 25, 'very-high'],
    ]);
  });

  it('rates the same cell differently on the two scales', () => {
    expect(ratings(3, [[3, 3]])).toEqual([[3, 3, 9, 'high']]);
    expect(ratings(5, [[3, 3]])).toEqual([[3, 3, 14, 'moderate']]);
  });

  it('keeps the order of the risks and names each program', () => {
    const risks = risksOf(makePlan(3), {
      risks: [makeRisk(1, 1, { program: 'sub-satudata' }), makeRisk(1, 1, { program: 'sub-pajak' })],
    });
    expect(risks.map((r) => [r.program, r.programName])).toEqual([
      ['sub-satudata', 'Satu Data Jambi'],
      ['sub-pajak', 'Pajak Daring'],
    ]);
  });

  it('names a program the plan does not hold by its id', () => {
    const [risk] = risksOf(makePlan(3), { risks: [makeRisk(1, 1, { program: 'sub-gone' })] });
    expect([risk?.program, risk?.programName]).toEqual(['sub-gone', 'sub-gone']);
  });

  it('reads the risks the form engine stored', () => {
    const plan = makePlan(5);
    const form = registerFormOf(plan, 'diskominfo');
    const result = form && validateAnswers(form, { risks: [makeRisk(4, 5), makeRisk(1, 2)] });
    if (!result?.ok) throw new Error('the register should pass');
    expect(risksOf(plan, result.value).map((r) => r.rating.level.id)).toEqual(['very-high', 'very-low']);
  });

  it('reads no risk from answers without any', () => {
    expect(risksOf(makePlan(3), {})).toEqual([]);
    expect(risksOf(makePlan(3), { risks: 'none' })).toEqual([]);
  });

  it('throws a RangeError for a risk off the scale, rather than showing it wrong', () => {
    const plan3 = makePlan(3);
    expect(() => risksOf(plan3, { risks: [makeRisk(1, 1), makeRisk(4, 1)] })).toThrow(RangeError);
    expect(() => risksOf(plan3, { risks: [makeRisk(2, 0)] })).toThrow(RangeError);
    expect(() => risksOf(plan3, { risks: [makeRisk(2.5, 1)] })).toThrow(RangeError);
    expect(() => risksOf(plan3, { risks: [makeRisk(2, 1, { impact: '1' })] })).toThrow(RangeError);
    expect(() => risksOf(plan3, { risks: [makeRisk(2, 1, { likelihood: undefined })] })).toThrow(RangeError);
    expect(() => risksOf(makePlan(5), { risks: [makeRisk(6, 5)] })).toThrow(
      'A rating on the 5-point scale is a whole number from 1 to 5',
    );
    expect(() => risksOf(makePlan(5), { risks: [makeRisk(4, 5)] })).not.toThrow();
  });
});

describe('registerOwners', () => {
  it('groups the programs by OPD, in the order each OPD first appears in the plan', () => {
    const owners = registerOwners(makePlan(3));
    expect(owners.map((o) => [o.opd, o.opdName, o.programs.map((p) => p.submissionId)])).toEqual([
      ['diskominfo', 'Dinas Komunikasi dan Informatika', ['sub-ekinerja', 'sub-satudata']],
      ['disdukcapil', 'Dinas Kependudukan dan Pencatatan Sipil', ['sub-adminduk', 'sub-ktp']],
      ['bapenda', 'Badan Pendapatan Daerah', ['sub-pajak']],
    ]);
  });

  it('owes no register under a plan without programs', () => {
    expect(registerOwners(makePlan(3, []))).toEqual([]);
  });
});

describe('registerOf', () => {
  const plan = makePlan(3);
  const owner = registerOwners(plan)[0]!;
  const obligation = {
    obligationId: 'jambi.2026.diskominfo.risk-register',
    city: 'jambi',
    year: 2026,
    opd: 'diskominfo',
    kind: 'risk-register',
    formId: 'risk-register',
    due: '2026-12-04',
    deadlineVersion: 1,
    deadlineAt: '2026-12-04T17:00:00.000Z',
    closes: '2026-12-18',
    status: 'submitted',
    late: false,
    submissionId: 'sub-register-1',
    revision: 2,
    openedAt: '2026-11-01T01:00:00.000Z',
    updatedAt: '2026-11-20T01:00:00.000Z',
  } satisfies Obligation;

  function deps(obligations: Obligation[], submissions: Record<string, Submission['answers']>) {
    const read = { obligations: [] as string[], submissions: [] as [string, string][] };
    const value: RegisterReadDeps = {
      obligations: {
        get: async (id) => {
          read.obligations.push(id);
          return obligations.find((o) => o.obligationId === id);
        },
      },
      submissions: {
        getSubmission: async (city, id) => {
          read.submissions.push([city, id]);
          const answers = submissions[id];
          return answers && ({ submissionId: id, formVersion: plan.year, answers } as Submission);
        },
      },
    };
    return { value, read };
  }

  it("names an OPD's register by the city, year, OPD and kind", () => {
    expect(registerIdOf(plan, 'diskominfo')).toBe('jambi.2026.diskominfo.risk-register');
  });

  it('gives the risks of the submission that answered the obligation', async () => {
    const { value, read } = deps([obligation], { 'sub-register-1': { risks: [makeRisk(3, 3)] } });
    const register = await registerOf(value, plan, owner);
    expect(register.obligation).toBe(obligation);
    expect(register.risks.map((r) => [r.programName, r.rating.level.id])).toEqual([
      ['E-Kinerja ASN', 'high'],
    ]);
    expect(read).toEqual({
      obligations: ['jambi.2026.diskominfo.risk-register'],
      submissions: [['jambi', 'sub-register-1']],
    });
  });

  it('gives no obligation and no risk before the register is opened, reading no submission', async () => {
    const { value, read } = deps([], {});
    const register = await registerOf(value, plan, owner);
    expect(register).toEqual({ ...owner, risks: [] });
    expect('obligation' in register).toBe(false);
    expect(read.submissions).toEqual([]);
  });

  it('gives every register of the plan, in its order of OPDs', async () => {
    const { value } = deps([obligation], { 'sub-register-1': { risks: [makeRisk(1, 1)] } });
    const registers = await registersOf(value, plan);
    expect(registers.map((r) => [r.opd, r.obligation?.status, r.risks.length])).toEqual([
      ['diskominfo', 'submitted', 1],
      ['disdukcapil', undefined, 0],
      ['bapenda', undefined, 0],
    ]);
  });
});

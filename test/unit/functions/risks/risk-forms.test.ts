import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '#forms/engine/definition.ts';
import { checkFormDefinition } from '#forms/engine/definition-checks.ts';
import { formFields } from '#forms/engine/rules.ts';
import { RISK_REGISTER_FORM_ID } from '#forms/risks/risk-register-form.ts';
import type { QuickWin, RiskPlan } from '#functions/risks/plan-model.ts';
import { createRiskForms, registerFormOf } from '#functions/risks/risk-forms.ts';
import type { RiskStore } from '#functions/risks/stores.ts';
import { combineTailoredForms, type TailoredForms } from '#functions/submissions/tailored-forms.ts';

const quickWin = (submissionId: string, opd: string, name: string): QuickWin => ({
  submissionId,
  opd,
  opdName: opd === 'diskominfo' ? 'Dinas Komunikasi dan Informatika' : 'Dinas Kependudukan',
  name,
  subDimension: 'governance.public-services',
});

const makePlan = (overrides: Partial<RiskPlan> = {}): RiskPlan => ({
  city: 'jambi',
  year: 2026,
  scale: 3,
  programs: [
    quickWin('sub-ekinerja', 'diskominfo', 'E-Kinerja ASN'),
    quickWin('sub-adminduk', 'disdukcapil', 'Adminduk Online'),
    quickWin('sub-satudata', 'diskominfo', 'Satu Data Jambi'),
  ],
  chosenBy: 'admin@jambikota.go.id',
  chosenAt: '2026-02-01T02:00:00.000Z',
  revision: 1,
  ...overrides,
});

/**
 * An in-memory store of plans, counting its reads, and a directory whose city is in the cycle of
 * its newest plan (`current` counts the lookups of the current year).
 */
function fakeRisks(plans: RiskPlan[]) {
  const calls = { plan: [] as [string, number][], current: [] as string[] };
  const store: Pick<RiskStore, 'plan'> = {
    async plan(city, year) {
      calls.plan.push([city, year]);
      return plans.find((p) => p.city === city && p.year === year);
    },
  };
  const directory = {
    async getCity(city: string) {
      calls.current.push(city);
      const years = plans.filter((p) => p.city === city).map((p) => p.year);
      return years.length === 0 ? undefined : ({ city, currentYear: Math.max(...years) } as never);
    },
  };
  return { store, directory, calls };
}

const plan2026 = makePlan();
const plan2027 = makePlan({
  year: 2027,
  scale: 5,
  programs: [quickWin('sub-ekinerja-2', 'diskominfo', 'E-Kinerja ASN 2.0')],
});
const diskominfo = { city: 'jambi', opd: 'diskominfo' };

/** The values of the program choices of a register. */
function programsOf(definition: FormDefinition | undefined): string[] {
  const group = definition ? formFields(definition)[0] : undefined;
  const program = group?.type === 'group' ? group.fields.find((f) => f.id === 'program') : undefined;
  return program?.type === 'singleChoice' ? program.options.map((o) => o.value) : [];
}

/** The highest rating a register allows. */
function scaleOf(definition: FormDefinition | undefined): number | undefined {
  const group = definition ? formFields(definition)[0] : undefined;
  const likelihood = group?.type === 'group' ? group.fields.find((f) => f.id === 'likelihood') : undefined;
  return likelihood?.type === 'number' ? likelihood.max : undefined;
}

describe('registerFormOf', () => {
  it("offers an OPD only its own quick wins, in the plan's order", () => {
    const form = registerFormOf(plan2026, 'diskominfo');
    expect(programsOf(form)).toEqual(['sub-ekinerja', 'sub-satudata']);
    expect(programsOf(registerFormOf(plan2026, 'disdukcapil'))).toEqual(['sub-adminduk']);
    expect(form && checkFormDefinition(form)).toEqual(form);
  });

  it('gives no register to an OPD without a quick win', () => {
    expect(registerFormOf(plan2026, 'bapenda')).toBeUndefined();
  });
});

describe('createRiskForms', () => {
  it('tailors the risk register only, reading nothing for another form', async () => {
    const { store, directory, calls } = fakeRisks([plan2026]);
    const forms = createRiskForms(store, directory);
    expect(forms.formIds).toEqual([RISK_REGISTER_FORM_ID]);
    expect(await forms.definition(diskominfo, 'innovation-report', 2026)).toBeUndefined();
    expect(await forms.definition(diskominfo, 'self-assessment')).toBeUndefined();
    expect(calls).toEqual({ plan: [], current: [] });
  });

  it('builds the register of an OPD with quick wins from its own programs only', async () => {
    const { store, directory } = fakeRisks([plan2026]);
    const definition = await createRiskForms(store, directory).definition(
      diskominfo,
      RISK_REGISTER_FORM_ID,
      2026,
    );
    expect(definition?.id).toBe(RISK_REGISTER_FORM_ID);
    expect(definition?.version).toBe(2026);
    expect(programsOf(definition)).toEqual(['sub-ekinerja', 'sub-satudata']);
    expect(definition).toEqual(registerFormOf(plan2026, 'diskominfo'));
  });

  it('gives no register to an OPD without a quick win, nor for a year without a plan', async () => {
    const { store, directory } = fakeRisks([plan2026]);
    const forms = createRiskForms(store, directory);
    expect(
      await forms.definition({ city: 'jambi', opd: 'bapenda' }, RISK_REGISTER_FORM_ID, 2026),
    ).toBeUndefined();
    expect(await forms.definition({ city: 'jambi', opd: 'bapenda' }, RISK_REGISTER_FORM_ID)).toBeUndefined();
    expect(await forms.definition(diskominfo, RISK_REGISTER_FORM_ID, 2025)).toBeUndefined();
    expect(
      await forms.definition({ city: 'palu', opd: 'diskominfo' }, RISK_REGISTER_FORM_ID),
    ).toBeUndefined();
  });

  it("reads the plan of the city's current cycle when no version is named, and the named year's plan otherwise", async () => {
    const { store, directory, calls } = fakeRisks([plan2026, plan2027]);
    const forms = createRiskForms(store, directory);

    const latest = await forms.definition(diskominfo, RISK_REGISTER_FORM_ID);
    const named = await forms.definition(diskominfo, RISK_REGISTER_FORM_ID, 2026);

    expect([latest?.version, scaleOf(latest), programsOf(latest)]).toEqual([2027, 5, ['sub-ekinerja-2']]);
    expect([named?.version, scaleOf(named), programsOf(named)]).toEqual([
      2026,
      3,
      ['sub-ekinerja', 'sub-satudata'],
    ]);
    expect(calls).toEqual({
      plan: [
        ['jambi', 2027],
        ['jambi', 2026],
      ],
      current: ['jambi'],
    });
  });

  it('builds a definition once and freezes it, reading the store only when it is not kept', async () => {
    const { store, directory, calls } = fakeRisks([plan2026]);
    const forms = createRiskForms(store, directory);

    const first = await forms.definition(diskominfo, RISK_REGISTER_FORM_ID, 2026);
    const again = await forms.definition(diskominfo, RISK_REGISTER_FORM_ID, 2026);
    expect(calls.plan).toHaveLength(1);

    // The newest plan must be read to know its year, but the definition is the one kept.
    const latest = await forms.definition(diskominfo, RISK_REGISTER_FORM_ID);
    expect(calls).toEqual({ plan: [['jambi', 2026]], current: ['jambi'] });

    expect(first).toBeDefined();
    expect(again).toBe(first);
    expect(latest).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first?.sections[0]?.fields[0])).toBe(true);
    const group = first?.sections[0]?.fields[0];
    expect(group?.type === 'group' && Object.isFrozen(group.fields[0])).toBe(true);
    expect(() => {
      (first as { title: unknown }).title = 'changed';
    }).toThrow(TypeError);
    // The plan it was built from is left as it was.
    expect(Object.isFrozen(plan2026.programs[0])).toBe(false);
  });

  it('keeps the absence of a register too, without reading the store again', async () => {
    const { store, directory, calls } = fakeRisks([plan2026]);
    const forms = createRiskForms(store, directory);
    const bapenda = { city: 'jambi', opd: 'bapenda' };
    await forms.definition(bapenda, RISK_REGISTER_FORM_ID, 2026);
    expect(await forms.definition(bapenda, RISK_REGISTER_FORM_ID, 2026)).toBeUndefined();
    expect(calls.plan).toHaveLength(1);
  });

  it('keeps one definition per city, year and OPD', async () => {
    const { store, directory, calls } = fakeRisks([plan2026, makePlan({ city: 'palu' })]);
    const forms = createRiskForms(store, directory);
    const jambi = await forms.definition(diskominfo, RISK_REGISTER_FORM_ID, 2026);
    const palu = await forms.definition({ city: 'palu', opd: 'diskominfo' }, RISK_REGISTER_FORM_ID, 2026);
    const dukcapil = await forms.definition(
      { city: 'jambi', opd: 'disdukcapil' },
      RISK_REGISTER_FORM_ID,
      2026,
    );
    expect(palu).not.toBe(jambi);
    expect(palu).toEqual(jambi);
    expect(programsOf(dukcapil)).toEqual(['sub-adminduk']);
    expect(calls.plan).toEqual([
      ['jambi', 2026],
      ['palu', 2026],
      ['jambi', 2026],
    ]);
  });

  it('hands concurrent lookups the same definition', async () => {
    const { store, directory, calls } = fakeRisks([plan2026]);
    const forms = createRiskForms(store, directory);
    const [a, b] = await Promise.all([
      forms.definition(diskominfo, RISK_REGISTER_FORM_ID, 2026),
      forms.definition(diskominfo, RISK_REGISTER_FORM_ID, 2026),
    ]);
    expect(a).toBeDefined();
    expect(b).toBe(a);
    expect(await forms.definition(diskominfo, RISK_REGISTER_FORM_ID, 2026)).toBe(a);
    expect(calls.plan).toHaveLength(2);
  });

  it('keeps 512 definitions at most, forgetting the oldest first', async () => {
    const opds = Array.from({ length: 513 }, (_, i) => `opd-${i}`);
    const { store, directory, calls } = fakeRisks([
      makePlan({ programs: opds.map((opd) => quickWin(`sub-${opd}`, opd, `Program ${opd}`)) }),
    ]);
    const forms = createRiskForms(store, directory);
    const lookUp = (opd: string) => forms.definition({ city: 'jambi', opd }, RISK_REGISTER_FORM_ID, 2026);
    const first = await lookUp('opd-0');
    for (const opd of opds.slice(1)) await lookUp(opd);
    expect(calls.plan).toHaveLength(513);

    const second = await lookUp('opd-1');
    expect(calls.plan).toHaveLength(513);
    const again = await lookUp('opd-0');
    expect(calls.plan).toHaveLength(514);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    expect(programsOf(second)).toEqual(['sub-opd-1']);
  });

  it('does not share what it keeps between two instances', async () => {
    const { store, directory, calls } = fakeRisks([plan2026]);
    const a = await createRiskForms(store, directory).definition(diskominfo, RISK_REGISTER_FORM_ID, 2026);
    const b = await createRiskForms(store, directory).definition(diskominfo, RISK_REGISTER_FORM_ID, 2026);
    expect(b).not.toBe(a);
    expect(calls.plan).toHaveLength(2);
  });
});

describe('combineTailoredForms', () => {
  /** A part tailoring `formIds`, answering with a definition that names it, and recording its calls. */
  function part(name: string, formIds: string[]) {
    const seen: unknown[][] = [];
    const forms: TailoredForms = {
      formIds,
      async definition(audience, formId, version) {
        seen.push([audience, formId, version]);
        return {
          id: formId,
          version: version ?? 1,
          title: { id: name, en: name },
          description: { id: name, en: name },
          sections: [],
        };
      },
    };
    return { forms, seen };
  }

  it('routes each form id to the part that tailors it, with the audience and version', async () => {
    const self = part('self', ['self-assessment']);
    const risks = part('risks', ['risk-register', 'risk-review']);
    const combined = combineTailoredForms([self.forms, risks.forms]);

    expect(combined.formIds).toEqual(['self-assessment', 'risk-register', 'risk-review']);
    const register = await combined.definition(diskominfo, 'risk-register', 2026);
    const assessment = await combined.definition(diskominfo, 'self-assessment');

    expect(register?.title.en).toBe('risks');
    expect(register?.version).toBe(2026);
    expect(assessment?.title.en).toBe('self');
    expect(risks.seen).toEqual([[diskominfo, 'risk-register', 2026]]);
    expect(self.seen).toEqual([[diskominfo, 'self-assessment', undefined]]);
  });

  it('answers nothing for a form no part tailors, asking no part', async () => {
    const self = part('self', ['self-assessment']);
    const combined = combineTailoredForms([self.forms]);
    expect(await combined.definition(diskominfo, 'innovation-report', 1)).toBeUndefined();
    expect(self.seen).toEqual([]);
  });

  it('routes the real risk forms through a combination', async () => {
    const { store, directory } = fakeRisks([plan2026]);
    const combined = combineTailoredForms([
      part('self', ['self-assessment']).forms,
      createRiskForms(store, directory),
    ]);
    expect(programsOf(await combined.definition(diskominfo, RISK_REGISTER_FORM_ID, 2026))).toEqual([
      'sub-ekinerja',
      'sub-satudata',
    ]);
  });

  it('refuses a form id tailored twice', () => {
    expect(() =>
      combineTailoredForms([part('a', ['x', 'risk-register']).forms, part('b', ['risk-register']).forms]),
    ).toThrow('Form risk-register is tailored twice');
    expect(() => combineTailoredForms([part('a', ['x', 'x']).forms])).toThrow('Form x is tailored twice');
  });

  it('combines no part into no form', async () => {
    const none = combineTailoredForms([]);
    expect(none.formIds).toEqual([]);
    expect(await none.definition(diskominfo, 'risk-register')).toBeUndefined();
  });
});

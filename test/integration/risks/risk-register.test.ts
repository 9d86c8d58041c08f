import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FormDefinition } from '#forms/engine/definition.ts';
import { submissionDepsOf } from '#functions/app/deps.ts';
import { moduleKinds } from '#functions/app/generated/kinds.ts';
import { obligationIdOf } from '#functions/obligations/model.ts';
import { startCycle } from '#functions/obligations/start-cycle.ts';
import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import { type HeatMapCell, heatMapCells, type RatedRisk } from '#functions/risks/heat-map.ts';
import type { RiskPlan } from '#functions/risks/plan-model.ts';
import { registersOf } from '#functions/risks/registers.ts';
import { reviewRegister } from '#functions/risks/review-register.ts';
import { chooseQuickWinsAs } from '#functions/risks/risk-scope.ts';
import { lookUpForm } from '#functions/submissions/form-lookup.ts';
import { submit } from '#functions/submissions/submit.ts';
import { makeInnovationAnswers } from '#test/support/api-answers.ts';
import { type CycleRuntime, city, createCycleRuntime, year } from '#test/support/cycle-runtime.ts';

/*
 * The quick-win risk register of a cycle on DynamoDB Local, with the state machines as CDK
 * synthesizes them: the lead marks quick wins among the year's innovation reports, each owning
 * OPD's `risk-register` obligation opens, the OPD fills the form tailored to its programs, the
 * risks are rated on the cycle's matrix, and an evaluator asks for a revision, then accepts.
 */

const lead: Identity = { subject: 'evaluator', city, roles: ['evaluator'] };
const reviewer: Identity = { subject: 'evaluator-uin', city, roles: ['evaluator'] };
const admin: Identity = { subject: 'admin', city, roles: ['admin'] };
const operator = (opd: string): Identity => ({
  subject: `operator-${opd}`,
  city,
  opd,
  roles: ['opd-operator'],
});
const registerId = (opd: string) => obligationIdOf(city, year, opd, 'risk-register');

async function refusal(work: Promise<unknown>) {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'not refused').toBeInstanceOf(DomainError);
  return error as DomainError;
}
const fieldsOf = (error: DomainError) => error.fields?.map((f) => `${f.path}:${f.code}`);

/** The plain-text part of an outbox email, decoded. */
function plainText(eml: string): string {
  const part =
    /Content-Type: text\/plain; charset=utf-8\r?\nContent-Transfer-Encoding: base64\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/.exec(
      eml,
    );
  return Buffer.from(part?.[1]?.replace(/\s/g, '') ?? '', 'base64').toString('utf8');
}

/** One risk of a register, at the cell `likelihood` x `impact`. */
const riskAt = (program: string, likelihood: number, impact: number, overrides: object = {}) => ({
  program,
  risk: `Risiko ${likelihood}x${impact}`,
  cause: 'Anggaran pemeliharaan server terlambat cair.',
  category: 'technology',
  likelihood,
  impact,
  mitigationType: 'non-structural',
  mitigation: 'Menyusun SOP pemeliharaan dan jadwal cadangan data.',
  owner: 'operator.diskominfo@example.org',
  due: '2026-12-15',
  ...overrides,
});

/** The fields of a register's group of risks, by id. */
function riskFields(form: FormDefinition | undefined): Map<string, Record<string, unknown>> {
  const group = form?.sections[0]?.fields[0];
  const fields: readonly { id: string }[] = group && 'fields' in group ? group.fields : [];
  return new Map(fields.map((f) => [f.id, f]));
}

/** Each cell of the heat map counts the risks of the register rated in it. */
function expectCellsToCount(rows: readonly HeatMapCell[][], risks: readonly RatedRisk[]) {
  for (const c of rows.flat())
    expect(c.count, `${c.likelihood}x${c.impact}`).toBe(
      risks.filter((r) => r.likelihood === c.likelihood && r.impact === c.impact).length,
    );
}

/** A runtime on 5 October 2026 with the small city, its cycle kicked off, and the given innovation reports. */
async function cityWithReports(reports: [opd: string, name: string, subDimension: string][]) {
  const rt = await createCycleRuntime({ start: '2026-10-05T01:00:00.000Z' });
  await rt.seedSmallCity();
  await startCycle({ ...rt.ports, kinds: moduleKinds }, rt.clock, { city, year });
  expect((await rt.workflows.start('cycle-kickoff', { city, year })).status).toBe('SUCCEEDED');
  const ids: Record<string, string> = {};
  for (const [opd, name, subDimension] of reports) {
    const { submission } = await rt.submitReport(opd, makeInnovationAnswers({ name, subDimension }));
    ids[name] = submission.submissionId;
    rt.clock.advanceBy(60_000); // reports in a known order within an OPD
  }
  const deps = { ...rt.ports, newId: randomUUID };
  const forms = submissionDepsOf(deps);
  const submitRegister = (opd: string, risks: unknown[]) =>
    submit({ ...forms, newId: randomUUID }, operator(opd), 'risk-register', {
      formVersion: year,
      answers: { risks },
    });
  const reviewDeps = { risks: rt.ports.risks, people: rt.ports.people, obligationDeps: rt.obligationDeps };
  const registers = (plan: RiskPlan) => registersOf(rt.ports, plan);
  return { rt, deps, forms, ids, submitRegister, reviewDeps, registers };
}

describe('the risk register of a 3 by 3 cycle: quick wins, the tailored form, the ratings and the review', () => {
  let env: Awaited<ReturnType<typeof cityWithReports>>;
  let rt: CycleRuntime;
  let plan: RiskPlan;
  const kickoffs = () =>
    rt.outbox().filter((m) => m.slot === 'kickoff' && m.obligationId.endsWith('.risk-register'));
  const revisions = () =>
    rt.outbox().filter((m) => m.obligationId === registerId('diskominfo') && m.slot === 'revision');

  beforeAll(async () => {
    env = await cityWithReports([
      ['diskominfo', 'Jambi Satu Data', 'governance.public-services'],
      ['diskominfo', 'Layanan Aduan Warga', 'governance.bureaucracy'],
      ['bappeda', 'Perencanaan Terpadu', 'governance.public-policy'],
      ['dinas-kesehatan', 'Antrean Puskesmas', 'living.health'],
    ]);
    rt = env.rt;
  });

  it('lets the lead choose quick wins once, opening one register obligation per owning OPD with its reminders and kick-off email', async () => {
    const { deps, ids } = env;
    // Refused field by field: an unknown innovation and one given twice; a non-lead evaluator
    const invalid = await refusal(
      chooseQuickWinsAs(deps, lead, year, {
        scale: 3,
        programs: ['no-such-report', ids['Jambi Satu Data'], ids['Jambi Satu Data']],
      }),
    );
    expect(invalid.kind).toBe('invalid');
    expect(fieldsOf(invalid)).toEqual(['programs.0:unknown_innovation', 'programs.2:innovation_twice']);
    const stranger: Identity = { subject: 'evaluator-unja', city, roles: ['evaluator'] };
    const programs = ['Layanan Aduan Warga', 'Perencanaan Terpadu', 'Jambi Satu Data'].map(
      (n) => ids[n] ?? '',
    );
    const forbidden = await refusal(chooseQuickWinsAs(deps, stranger, year, { scale: 3, programs }));
    expect(forbidden.code).toBe('forbidden');
    expect(await rt.ports.risks.plan(city, year)).toBeUndefined();
    expect(await rt.ports.obligations.get(registerId('diskominfo'))).toBeUndefined();

    // Act
    const chosen = await chooseQuickWinsAs(deps, lead, year, { scale: 3, programs });
    plan = chosen.plan;

    // Assess: the candidates' order (OPD id, then report), whatever the order given
    expect(chosen.replayed).toBe(false);
    expect(plan).toMatchObject({ city, year, scale: 3, chosenBy: 'evaluator' });
    expect(plan.programs.map((p) => [p.opd, p.name, p.subDimension])).toEqual([
      ['bappeda', 'Perencanaan Terpadu', 'governance.public-policy'],
      ['diskominfo', 'Jambi Satu Data', 'governance.public-services'],
      ['diskominfo', 'Layanan Aduan Warga', 'governance.bureaucracy'],
    ]);
    expect(await rt.ports.risks.plan(city, year)).toEqual(plan);
    for (const opd of ['bappeda', 'diskominfo'])
      expect(await rt.ports.obligations.get(registerId(opd))).toMatchObject({
        status: 'open',
        kind: 'risk-register',
        formId: 'risk-register',
        due: '2026-12-04', // the first Friday of December
        closes: '2026-12-18',
        deadlineVersion: 1,
      });
    expect(await rt.ports.obligations.get(registerId('dinas-kesehatan'))).toBeUndefined();
    const waiting = await rt.ports.localScheduler.due(new Date('2027-06-01T00:00:00.000Z'));
    const ladder = waiting
      .filter((s) => s.input.obligationId === registerId('diskominfo'))
      .map((s) => [new Date(s.at).toISOString(), s.input.slot]);
    expect(ladder).toEqual([
      ['2026-11-02T01:00:00.000Z', 'M-2026-11'],
      ['2026-11-04T01:00:00.000Z', 'D-30'],
      ['2026-11-20T01:00:00.000Z', 'D-14'],
      ['2026-11-27T01:00:00.000Z', 'D-7'],
      ['2026-12-03T01:00:00.000Z', 'D-1'],
      ['2026-12-04T01:00:00.000Z', 'D-0'],
      ['2026-12-07T01:00:00.000Z', 'E-1'],
      ['2026-12-09T01:00:00.000Z', 'E-2'],
    ]);
    const told = [
      `${registerId('bappeda')} operator.bappeda@example.org`,
      `${registerId('diskominfo')} operator.diskominfo@example.org`,
    ];
    expect(kickoffs().map((m) => `${m.obligationId} ${m.to}`)).toEqual(told);

    // The same choice again (in another order) is a replay; another choice is refused
    const again = await chooseQuickWinsAs(deps, lead, year, { scale: 3, programs: [...programs].reverse() });
    expect(again).toEqual({ plan, replayed: true });
    const other = await refusal(chooseQuickWinsAs(deps, lead, year, { scale: 5, programs }));
    expect(other.code).toBe('quick_wins_chosen');
    expect(kickoffs().map((m) => `${m.obligationId} ${m.to}`)).toEqual(told);
    const actions = await rt.auditActions();
    expect(actions.filter((a) => a === 'risks.quick_wins_chosen')).toHaveLength(1);
    const opened = (await rt.auditEvents()).filter(
      (e) => e.action === 'obligation.opened' && e.entity.id.endsWith('.risk-register'),
    );
    expect(opened.map((e) => e.entity.id).sort()).toEqual([registerId('bappeda'), registerId('diskominfo')]);
  });

  it('tailors the register to each OPD’s quick wins and refuses answers off the form, writing nothing', async () => {
    const { forms, ids, submitRegister } = env;
    // The form of an OPD with quick wins, and of one without
    const form = await lookUpForm(forms, { city, opd: 'diskominfo' }, 'risk-register');
    expect(form?.version).toBe(year);
    const fields = riskFields(form);
    const options = fields.get('program')?.options as { value: string }[];
    expect(options.map((o) => o.value)).toEqual([ids['Jambi Satu Data'], ids['Layanan Aduan Warga']]);
    expect([fields.get('likelihood')?.max, fields.get('impact')?.max]).toEqual([3, 3]);
    expect(await lookUpForm(forms, { city, opd: 'dinas-kesehatan' }, 'risk-register')).toBeUndefined();
    expect(await lookUpForm(forms, { city, opd: 'diskominfo' }, 'risk-register', year - 1)).toBeUndefined();

    // Act: off the scale, another OPD's program, a bad owner email; and no risks at all
    const program = ids['Jambi Satu Data'] ?? '';
    const wrong = await refusal(
      submitRegister('diskominfo', [
        riskAt(program, 4, 2),
        riskAt(ids['Perencanaan Terpadu'] ?? '', 1, 1),
        riskAt(program, 2, 2, { owner: 'bukan email' }),
      ]),
    );
    const empty = await refusal(submitRegister('diskominfo', []));

    // Assess
    expect(wrong.kind).toBe('invalid');
    expect(fieldsOf(wrong)).toEqual([
      'answers.risks.0.likelihood:out_of_range',
      'answers.risks.1.program:invalid_choice',
      'answers.risks.2.owner:invalid_format',
    ]);
    expect(empty.kind).toBe('invalid');
    expect(fieldsOf(empty)).toEqual(['answers.risks:required']);
    const { submissions, drafts } = await rt.ports.submissions.listForOpd({ city, opd: 'diskominfo' });
    expect(submissions.filter((s) => s.formId === 'risk-register')).toEqual([]);
    expect(drafts).toEqual([]);
    expect((await rt.ports.obligations.get(registerId('diskominfo')))?.status).toBe('open');
  });

  it('rates a submitted register on the 3 by 3 matrix, and the heat map counts it cell by cell', async () => {
    const { ids, submitRegister, registers } = env;
    const [one = '', two = ''] = [ids['Jambi Satu Data'], ids['Layanan Aduan Warga']];
    rt.clock.advanceBy(60_000); // after the kick-off, in the obligation's history

    // Act
    const { submission } = await submitRegister('diskominfo', [
      riskAt(one, 1, 1),
      riskAt(two, 1, 2),
      riskAt(one, 2, 2),
      riskAt(two, 2, 2),
      riskAt(one, 3, 2),
      riskAt(two, 3, 3),
    ]);

    // Assess
    expect(await rt.ports.obligations.get(registerId('diskominfo'))).toMatchObject({
      status: 'submitted',
      submissionId: submission.submissionId,
      late: false,
    });
    const [bappeda, diskominfo] = await registers(plan);
    expect(bappeda).toMatchObject({ opd: 'bappeda', risks: [], obligation: { status: 'open' } });
    const risks = diskominfo?.risks ?? [];
    // 3 by 3: likelihood times impact; low up to 2, moderate up to 4, high from 6
    expect(risks.map((r) => r.programName)).toEqual(
      [...Array(3)].flatMap(() => ['Jambi Satu Data', 'Layanan Aduan Warga']),
    );
    expect(risks.map((r) => `${r.rating.magnitude} ${r.rating.level.id}`).join(', ')).toBe(
      '1 low, 2 low, 4 moderate, 4 moderate, 6 high, 9 high',
    );
    const rows = heatMapCells(3, risks);
    const drawn = rows.map((row) => row.map((c) => `${c.likelihood}x${c.impact}:${c.level.id}:${c.count}`));
    expect(drawn).toEqual([
      ['3x1:moderate:0', '3x2:high:1', '3x3:high:1'],
      ['2x1:low:0', '2x2:moderate:2', '2x3:high:0'],
      ['1x1:low:1', '1x2:low:1', '1x3:moderate:0'],
    ]);
    expectCellsToCount(rows, risks);
  });

  it('asks for a revision with a note that reaches each operator once, then accepts the resubmission', async () => {
    const { ids, submitRegister, reviewDeps } = env;
    const note = 'Tambahkan risiko kebocoran data pribadi warga.';
    const revise = (who: Identity, due: string, text = note) =>
      reviewRegister(reviewDeps, who, year, 'diskominfo', { decision: 'revise', due, note: text });
    // Refused: a due date not after today, a weekend and a holiday, an empty note; the wrong callers
    const today = await refusal(revise(reviewer, '2026-10-05'));
    expect([today.kind, fieldsOf(today)]).toEqual(['invalid', ['due:due_not_after_today']]);
    for (const due of ['2026-10-10', '2026-12-25']) {
      const error = await refusal(revise(reviewer, due)); // a Saturday, Christmas
      expect([error.code, fieldsOf(error)]).toEqual(['invalid_due_date', ['due:not_working_day']]);
    }
    expect(fieldsOf(await refusal(revise(reviewer, '2026-10-19', '   ')))?.[0]).toMatch(/^note:/);
    for (const who of [operator('diskominfo'), admin])
      expect((await refusal(revise(who, '2026-10-19'))).code).toBe('forbidden');
    expect((await rt.ports.obligations.get(registerId('diskominfo')))?.status).toBe('submitted');

    // Act: a revision asked (a minute after the submission), the announcement's minute passes, the same request again
    rt.clock.advanceBy(60_000);
    const asked = await revise(reviewer, '2026-10-19');
    await rt.advanceTo(new Date(rt.clock.now().getTime() + 5 * 60_000).toISOString());
    const again = await revise(reviewer, '2026-10-19');
    await rt.advanceTo(new Date(rt.clock.now().getTime() + 5 * 60_000).toISOString());

    // Assess
    expect(asked).toMatchObject({
      status: 'revision_requested',
      due: '2026-10-19',
      deadlineVersion: 2,
      revisionNote: note,
    });
    expect(again).toEqual(asked);
    expect(rt.failures).toEqual([]);
    const operators = await rt.ports.people.ofOpd(city, 'diskominfo', 'opd-operator');
    expect(revisions().map((m) => m.to)).toEqual(operators.map((p) => p.email));
    for (const mail of revisions()) {
      expect(mail.subject.startsWith('Revisi diminta')).toBe(true);
      expect(mail.deadlineVersion).toBe(2);
      expect(plainText(rt.ports.outbox.read(mail.file))).toContain(note);
    }

    // Act: the OPD resubmits, the evaluator accepts, twice
    const { submission } = await submitRegister('diskominfo', [riskAt(ids['Jambi Satu Data'] ?? '', 2, 3)]);
    const resubmitted = await rt.ports.obligations.get(registerId('diskominfo'));
    rt.clock.advanceBy(60_000);
    const accept = { decision: 'accept' };
    const accepted = await reviewRegister(reviewDeps, reviewer, year, 'diskominfo', accept);
    const acceptedAgain = await reviewRegister(reviewDeps, reviewer, year, 'diskominfo', accept);

    // Assess
    expect(resubmitted).toMatchObject({ status: 'submitted', submissionId: submission.submissionId });
    expect(accepted.status).toBe('accepted');
    expect(acceptedAgain).toEqual(accepted);
    expect(await rt.ports.obligations.get(registerId('diskominfo'))).toEqual(accepted);
    const history = (await rt.auditEvents())
      .filter((e) => e.entity.id === registerId('diskominfo'))
      .sort((a, b) => a.at.localeCompare(b.at))
      .map((e) => [e.action, e.actor]);
    expect(history).toEqual([
      ['obligation.opened', 'system:cycle-kickoff'],
      ['obligation.submitted', 'operator-diskominfo'],
      ['obligation.revision-requested', 'evaluator-uin'],
      ['obligation.submitted', 'operator-diskominfo'],
      ['obligation.accepted', 'evaluator-uin'],
    ]);
    expect(revisions()).toHaveLength(operators.length);
  });

  it('refuses a reviewer who is staff of the OPD whose register it is', async () => {
    // Evaluator-bappeda works at Bappeda: the directory holds that as `staffOf`, as it refuses an evaluator with an `opd`
    const person = await rt.ports.people.get(city, 'evaluator-bappeda');
    expect(person).toMatchObject({ role: 'evaluator', staffOf: 'bappeda' });
    expect(person?.opd).toBeUndefined();
    if (!person) throw new Error('no evaluator-bappeda');
    await expect(rt.ports.people.put({ ...person, opd: 'bappeda' })).rejects.toThrow(/staffOf/);
    const staff: Identity = { subject: 'evaluator-bappeda', city, roles: ['evaluator'] };
    const body = { decision: 'revise', due: '2026-10-19', note: 'Lengkapi mitigasi.' };
    const error = await refusal(reviewRegister(env.reviewDeps, staff, year, 'bappeda', body));
    expect([error.kind, error.code]).toEqual(['forbidden', 'own_opd']);
  });
});

describe('the risk register of a 5 by 5 cycle, chosen by an admin', () => {
  it('rates on the SPBE matrix: a rare but severe risk above a frequent minor one', async () => {
    // Prepare
    const { rt, deps, forms, ids, submitRegister, registers } = await cityWithReports([
      ['diskominfo', 'Jambi Smart Parking', 'living.mobility'],
    ]);
    const { plan } = await chooseQuickWinsAs(deps, admin, year, {
      scale: 5,
      programs: [ids['Jambi Smart Parking']],
    });
    const form = await lookUpForm(forms, { city, opd: 'diskominfo' }, 'risk-register');
    const fields = riskFields(form);
    expect([fields.get('likelihood')?.max, fields.get('impact')?.max]).toEqual([5, 5]);
    const program = ids['Jambi Smart Parking'] ?? '';
    const cells = ['1x1', '5x1', '2x3', '3x3', '1x5', '4x4', '4x5', '5x5', '5x5'].map((c) => c.split('x'));

    // Act
    await submitRegister(
      'diskominfo',
      cells.map(([l, i]) => riskAt(program, Number(l), Number(i))),
    );
    const [register] = await registers(plan);

    // Assess: the guideline's magnitudes, in bands of five
    expect(register?.obligation?.status).toBe('submitted');
    const rated = register?.risks.map(
      (r) => `${r.likelihood}x${r.impact}=${r.rating.magnitude} ${r.rating.level.id}`,
    );
    expect(rated?.join(', ')).toBe(
      '1x1=1 very-low, 5x1=9 low, 2x3=11 moderate, 3x3=14 moderate, 1x5=20 high, 4x4=19 high, ' +
        '4x5=24 very-high, 5x5=25 very-high, 5x5=25 very-high',
    );
    const rows = heatMapCells(5, register?.risks ?? []);
    expect(rows.map((row) => row.map((c) => c.count))).toEqual([
      [1, 0, 0, 0, 2],
      [0, 0, 0, 1, 1],
      [0, 0, 1, 0, 0],
      [0, 0, 1, 0, 0],
      [1, 0, 0, 0, 1],
    ]);
    expect(rows[0]?.map((c) => c.level.id)).toEqual(['low', 'moderate', 'high', 'very-high', 'very-high']);
    expectCellsToCount(rows, register?.risks ?? []);
    expect(rt.failures).toEqual([]);
  });
});

import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { moduleKinds } from '#functions/app/generated/kinds.ts';
import { moveDeadline } from '#functions/obligations/admin.ts';
import { obligationIdOf } from '#functions/obligations/model.ts';
import { startCycle } from '#functions/obligations/start-cycle.ts';
import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import { type ChooseDeps, choosePrograms } from '#functions/surveys/choose-programs.ts';
import { impactPhase } from '#functions/surveys/impact-kind.ts';
import type { ImpactPlan } from '#functions/surveys/program-model.ts';
import {
  type RespondDeps,
  recordAssistedResponse,
  recordPublicResponse,
} from '#functions/surveys/record-response.ts';
import { surveyResults } from '#functions/surveys/survey-results.ts';
import { chooseAsRunner } from '#functions/surveys/survey-scope.ts';
import { makeInnovationAnswers } from '#test/support/api-answers.ts';
import { type CycleRuntime, city, createCycleRuntime, year } from '#test/support/cycle-runtime.ts';

/*
 * The impact survey of a cycle on DynamoDB Local, with the state machines as CDK synthesizes
 * them: the lead chooses a program per slot of the sample from the OPDs' innovation reports, the
 * owners' obligations open with their reminders, responses come in from the public and from staff
 * beside respondents, and the scores are what a hand computes.
 */

/** The demo city's lead evaluator, as the directory holds them. */
const lead: Identity = { subject: 'evaluator', city, roles: ['evaluator'] };
const operatorOf = (opd: string): Identity => ({
  subject: `operator-${opd}`,
  city,
  opd,
  roles: ['opd-operator'],
});
const device = () => randomBytes(32).toString('base64url');
const responseId = () => randomBytes(16).toString('base64url');
const likert = (benefit: number, service: number, participation: number, sustainability: number) => ({
  benefit,
  service,
  participation,
  sustainability,
});

async function refusal(work: Promise<unknown>) {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'not refused').toBeInstanceOf(DomainError);
  return error as DomainError;
}

/** A runtime with the small city, two districts, and innovation reports in the given sub-dimensions. */
async function cityWithInnovations(
  reports: Record<string, string[]>,
  impact?: Parameters<typeof startCycle>[2]['impact'],
) {
  const rt = await createCycleRuntime({ start: '2026-10-05T01:00:00.000Z' });
  await rt.seedSmallCity();
  for (const name of ['Telanaipura', 'Jelutung'])
    await rt.ports.directory.putOpd({
      city,
      opd: `kecamatan-${name.toLowerCase()}`,
      name: `Kecamatan ${name}`,
      kind: 'kecamatan',
    });
  await startCycle({ ...rt.ports, kinds: moduleKinds }, rt.clock, {
    city,
    year,
    ...(impact ? { impact } : {}),
  });
  expect((await rt.workflows.start('cycle-kickoff', { city, year })).status).toBe('SUCCEEDED');
  const submissions: Record<string, string> = {};
  for (const [opd, subDimensions] of Object.entries(reports))
    for (const [i, subDimension] of subDimensions.entries()) {
      const { submission } = await rt.submitReport(
        opd,
        makeInnovationAnswers({ name: `Inovasi ${opd} ${i + 1}`, subDimension }),
      );
      submissions[`${opd}/${subDimension}`] = submission.submissionId;
    }
  const deps: ChooseDeps & RespondDeps & { people: CycleRuntime['ports']['people'] } = {
    ...rt.ports,
    newId: randomUUID,
    obligationDeps: rt.obligationDeps,
  };
  return { rt, deps, submissions };
}

describe('the impact survey with the seed’s sample: one program per dimension, five questionnaires each', () => {
  let rt: CycleRuntime;
  let deps: Awaited<ReturnType<typeof cityWithInnovations>>['deps'];
  let submissions: Record<string, string>;
  let plan: ImpactPlan;

  beforeAll(async () => {
    ({ rt, deps, submissions } = await cityWithInnovations({
      diskominfo: ['governance.public-services'],
      'dinas-kesehatan': ['living.health'],
      bappeda: ['governance.public-policy'],
    }));
    await rt.advanceTo('2026-11-30T01:00:00.000Z');
  });

  it('refuses slots and innovations that do not fit, field by field, and writes nothing', async () => {
    // Act
    const error = await refusal(
      choosePrograms(deps, 'evaluator-lead', city, year, {
        programs: [
          {
            slot: 'governance.public-services',
            submissionId: submissions['diskominfo/governance.public-services'],
          },
          { slot: 'economy', submissionId: submissions['dinas-kesehatan/living.health'] },
          { slot: 'living', submissionId: 'no-such-report' },
        ],
      }),
    );

    // Assess
    expect(error.kind).toBe('invalid');
    expect(error.fields?.map((f) => `${f.path}:${f.code}`)).toEqual([
      'programs.0.slot:unknown_slot',
      'programs.1.submissionId:innovation_out_of_slot',
      'programs.2.submissionId:unknown_innovation',
    ]);
    expect(await rt.ports.surveys.plan(city, year)).toBeUndefined();
  });

  it('lets only an admin or the lead evaluator choose', async () => {
    // An evaluator of the team who does not lead it
    const evaluator: Identity = { subject: 'evaluator-unja', city, roles: ['evaluator'] };
    expect(await deps.people.get(city, 'evaluator-unja')).toMatchObject({ role: 'evaluator' });
    const error = await refusal(chooseAsRunner(deps, evaluator, year, { programs: [] }));
    expect(error.kind).toBe('forbidden');
  });

  it('opens the owners’ obligations, five responses each, with their reminders and kick-off email', async () => {
    // Act
    ({ plan } = await choosePrograms(deps, 'evaluator-lead', city, year, {
      programs: [
        { slot: 'living', submissionId: submissions['dinas-kesehatan/living.health'] },
        { slot: 'governance', submissionId: submissions['diskominfo/governance.public-services'] },
      ],
    }));
    await rt.advanceTo('2026-11-30T02:00:00.000Z');

    // Assess: in the sample's order, whatever the order given
    expect(plan.programs.map((p) => [p.slot, p.opd, p.required])).toEqual([
      ['governance', 'diskominfo', 5],
      ['living', 'dinas-kesehatan', 5],
    ]);
    expect(plan.programs[0]?.districts.map((d) => d.id)).toEqual([
      'kecamatan-jelutung',
      'kecamatan-telanaipura',
    ]);
    const obligation = await rt.ports.obligations.get(
      obligationIdOf(city, year, 'diskominfo', 'impact-survey'),
    );
    expect(obligation).toMatchObject({ status: 'open', kind: 'impact-survey', due: '2026-12-11' });
    expect(
      await rt.ports.obligations.get(obligationIdOf(city, year, 'bappeda', 'impact-survey')),
    ).toBeUndefined();
    const operators = await Promise.all(
      ['diskominfo', 'dinas-kesehatan'].map((opd) => rt.ports.people.ofOpd(city, opd, 'opd-operator')),
    );
    const kickoffs = rt.outbox().filter((m) => m.subject.includes('Survei Dampak Program'));
    expect(kickoffs.map((m) => m.to).sort()).toEqual(
      operators
        .flat()
        .map((p) => p.email)
        .sort(),
    );
    expect((await rt.auditActions()).filter((a) => a === 'impact.programs_chosen')).toHaveLength(1);
  });

  it('is chosen once: the same choice again is a replay that writes nothing, another one is refused', async () => {
    const again = await choosePrograms(deps, 'evaluator-lead', city, year, {
      programs: plan.programs.map(({ slot, submissionId }) => ({ slot, submissionId })),
    });
    expect(again).toEqual({ plan, replayed: true });
    expect((await rt.auditActions()).filter((a) => a === 'impact.programs_chosen')).toHaveLength(1);
    const error = await refusal(
      choosePrograms(deps, 'evaluator-lead', city, year, {
        programs: [{ slot: 'governance', submissionId: submissions['bappeda/governance.public-policy'] }],
      }),
    );
    expect(error.code).toBe('impact_programs_chosen');
  });

  it('counts public and assisted responses, and answers the obligation with the fifth', async () => {
    // Prepare
    const governance = plan.programs[0]?.code ?? '';
    const sent = [likert(5, 4, 4, 3), likert(3, 3, 4, 2), likert(4, 4, 4, 4), likert(2, 3, 3, 4)];

    // Act: four from the public, one entered by the operator beside a respondent
    for (const [i, answers] of sent.entries())
      await recordPublicResponse(
        deps,
        { code: governance, form: 'impact-questionnaire', answers, responseId: responseId(), honeypot: '' },
        { device: device(), address: `10.0.0.${i + 1}` },
      );
    const before = await rt.ports.obligations.get(obligationIdOf(city, year, 'diskominfo', 'impact-survey'));
    await recordAssistedResponse(
      deps,
      {
        code: governance,
        form: 'impact-questionnaire',
        answers: likert(4, 5, 3, 4),
        responseId: responseId(),
        honeypot: '',
      },
      operatorOf('diskominfo'),
    );

    // Assess
    expect(before?.status).toBe('open');
    const after = await rt.ports.obligations.get(obligationIdOf(city, year, 'diskominfo', 'impact-survey'));
    expect(after).toMatchObject({ status: 'submitted', late: false });
    const program = await rt.ports.surveys.program(governance);
    expect(program).toMatchObject({ responses: 5, assisted: 1, required: 5 });
    // (5+4+4+3) + (3+3+4+2) + 16 + (2+3+3+4) + (4+5+3+4) = 16 + 12 + 16 + 12 + 16 = 72, over 5 x 4 items.
    const results = await surveyResults(deps, plan);
    expect(results.scores.programs[governance]).toBeCloseTo(72 / 20, 10);
    const stored = await rt.ports.surveys.responses(governance, 'impact-questionnaire');
    expect(stored.filter((r) => r.mode === 'assisted').map((r) => r.assistedBy)).toEqual([
      'operator-diskominfo',
    ]);
  });

  it('lets only staff of the program’s OPD enter responses beside respondents', async () => {
    const governance = plan.programs[0]?.code ?? '';
    const error = await refusal(
      recordAssistedResponse(
        deps,
        {
          code: governance,
          form: 'impact-questionnaire',
          answers: likert(4, 4, 4, 4),
          responseId: responseId(),
          honeypot: '',
        },
        operatorOf('dinas-kesehatan'),
      ),
    );
    expect(error.kind).toBe('not_found');
  });

  it('rolls scores up by hand: programs, sub-dimensions, dimensions and the city', async () => {
    // Prepare: living's program gets two responses scoring 4 and 3
    const living = plan.programs[1]?.code ?? '';
    for (const answers of [likert(4, 4, 4, 4), likert(3, 3, 3, 3)])
      await recordPublicResponse(
        deps,
        { code: living, form: 'impact-questionnaire', answers, responseId: responseId(), honeypot: '' },
        { device: device(), address: '10.0.1.1' },
      );

    // Act
    const { scores } = await surveyResults(deps, plan);

    // Assess: governance 3.6 (one program), living 3.5, the city the mean of the two dimensions
    expect(scores.subDimensions['governance.public-services']).toBeCloseTo(3.6, 10);
    expect(scores.dimensions).toEqual({
      governance: expect.closeTo(3.6, 10),
      living: expect.closeTo(3.5, 10),
    });
    expect(scores.city).toBeCloseTo(3.55, 10);
  });

  it('counts the citizen survey by district, with what was left out', async () => {
    // Prepare
    const governance = plan.programs[0]?.code ?? '';
    const answers = [
      { experience: 'used', satisfaction: 5, district: 'kecamatan-telanaipura', ageGroup: '25-39' },
      // Satisfaction from someone who did not use the program is not counted.
      { experience: 'aware', satisfaction: 1, district: 'kecamatan-telanaipura' },
      { experience: 'unaware' },
      { experience: 'used', satisfaction: 3, district: 'kecamatan-jelutung' },
    ];

    // Act
    for (const [i, given] of answers.entries())
      await recordPublicResponse(
        deps,
        { code: governance, form: 'citizen-survey', answers: given, responseId: responseId(), honeypot: '' },
        { device: device(), address: `10.0.2.${i}` },
      );

    // Assess
    const { programs } = await surveyResults(deps, plan);
    const citizens = programs.find((p) => p.program.code === governance)?.citizens;
    expect(citizens?.total).toEqual({ responses: 4, aware: 3, used: 2, rated: 2, satisfaction: 4 });
    expect(citizens?.byDistrict).toEqual({
      '-': { responses: 1, aware: 0, used: 0, rated: 0 },
      'kecamatan-jelutung': { responses: 1, aware: 1, used: 1, rated: 1, satisfaction: 3 },
      'kecamatan-telanaipura': { responses: 2, aware: 2, used: 1, rated: 1, satisfaction: 5 },
    });
    expect((await rt.ports.surveys.program(governance))?.responses).toBe(5);
  });

  it('refuses a district the city does not have, and writes nothing', async () => {
    const governance = plan.programs[0]?.code ?? '';
    const error = await refusal(
      recordPublicResponse(
        deps,
        {
          code: governance,
          form: 'citizen-survey',
          answers: { experience: 'unaware', district: 'kecamatan-atlantis' },
          responseId: responseId(),
          honeypot: '',
        },
        { device: device(), address: '10.0.3.1' },
      ),
    );
    expect(error.fields?.map((f) => f.path)).toEqual(['district']);
    expect((await rt.ports.surveys.program(governance))?.citizens).toBe(4);
  });

  it('keeps the impact questionnaire open for an OPD given more time, and closes the citizen survey with the phase', async () => {
    // Prepare: an admin moves Dinas Kesehatan's obligation past the phase's close (18 December)
    const living = plan.programs[1]?.code ?? '';
    await moveDeadline(
      rt.obligationDeps,
      'admin',
      obligationIdOf(city, year, 'dinas-kesehatan', 'impact-survey'),
      '2026-12-23',
    );
    await rt.advanceTo('2026-12-21T03:00:00.000Z');
    const sent = (form: 'impact-questionnaire' | 'citizen-survey', answers: object) =>
      recordPublicResponse(
        deps,
        { code: living, form, answers, responseId: responseId(), honeypot: '' },
        { device: device(), address: '10.0.4.1' },
      );

    // Act
    const impact = await sent('impact-questionnaire', likert(4, 4, 4, 4));
    const citizen = await refusal(sent('citizen-survey', { experience: 'unaware' }));

    // Assess
    expect(impact.replayed).toBe(false);
    expect((await rt.ports.surveys.program(living))?.responses).toBe(3);
    expect(citizen.code).toBe('survey_closed');
  });
});

describe('the impact survey with the 2023 rules’ sample: one program per sub-dimension, fifty respondents per dimension', () => {
  it('shares the fifty among the dimension’s programs, 17, 17 and 16, and scores the dimension as the mean of its sub-dimensions', async () => {
    // Prepare
    const { rt, deps, submissions } = await cityWithInnovations(
      {
        diskominfo: ['governance.public-services', 'governance.bureaucracy'],
        bappeda: ['governance.public-policy'],
      },
      { programsPer: 'sub-dimension', respondents: 50, respondentsPer: 'dimension' },
    );
    expect(await rt.ports.cycles.getCycle(city, year)).toMatchObject({
      phases: { [impactPhase]: { due: '2026-12-11' } },
    });

    // Act
    const { plan: chosen } = await chooseAsRunner(deps, lead, year, {
      programs: ['governance.public-policy', 'governance.public-services', 'governance.bureaucracy'].map(
        (slot) => ({
          slot,
          submissionId:
            submissions[`${slot === 'governance.public-policy' ? 'bappeda' : 'diskominfo'}/${slot}`] ?? '',
        }),
      ),
    });
    const scored = [4, 3, 2];
    for (const [i, program] of chosen.programs.entries())
      await recordPublicResponse(
        deps,
        {
          code: program.code,
          form: 'impact-questionnaire',
          answers: likert(scored[i] ?? 1, scored[i] ?? 1, scored[i] ?? 1, scored[i] ?? 1),
          responseId: responseId(),
          honeypot: '',
        },
        { device: device(), address: '10.9.0.1' },
      );
    const { scores } = await surveyResults(deps, chosen);

    // Assess
    expect(chosen.programs.map((p) => [p.slot, p.required])).toEqual([
      ['governance.public-services', 17],
      ['governance.bureaucracy', 17],
      ['governance.public-policy', 16],
    ]);
    expect(chosen.programs.reduce((sum, p) => sum + p.required, 0)).toBe(50);
    expect(scores.dimensions.governance).toBeCloseTo(3, 10);
    expect(scores.city).toBeCloseTo(3, 10);
  });
});

describe('the impact survey after its phase closed', () => {
  it('refuses a choice of programs whose obligations could no longer be met, and writes nothing', async () => {
    // Prepare
    const { rt, deps, submissions } = await cityWithInnovations({
      diskominfo: ['governance.public-services'],
    });
    await rt.advanceTo('2026-12-21T03:00:00.000Z');

    // Act
    const error = await refusal(
      chooseAsRunner(deps, lead, year, {
        programs: [
          { slot: 'governance', submissionId: submissions['diskominfo/governance.public-services'] ?? '' },
        ],
      }),
    );

    // Assess
    expect(error.code).toBe('impact_phase_closed');
    expect(await rt.ports.surveys.plan(city, year)).toBeUndefined();
  });
});

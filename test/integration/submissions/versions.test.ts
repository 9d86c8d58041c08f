import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormDefinition } from '#forms/engine/definition.ts';
import { checkFormDefinition } from '#forms/engine/definition-checks.ts';
import { createFormRegistry, type FormRegistry } from '#forms/engine/registry.ts';
import { validateAnswers } from '#forms/engine/validate.ts';
import { innovationReportForm } from '#forms/innovation-report.form.ts';
import { formId, makeInnovationAnswers } from '#test/support/api-answers.ts';
import { apiWithForms, type RunningApi, startApi } from '#test/support/api-client.ts';
import { people } from '#test/support/api-people.ts';

/** Version 2 asks one more thing: who to contact about the innovation. */
const versionTwo: FormDefinition = {
  ...innovationReportForm,
  version: 2,
  sections: innovationReportForm.sections.map((section) =>
    section.id === 'identity'
      ? {
          ...section,
          fields: [
            ...section.fields,
            {
              id: 'contactPerson',
              type: 'shortText',
              maxLength: 100,
              required: true,
              label: { id: 'Narahubung', en: 'Contact person' },
            },
          ],
        }
      : section,
  ),
};

const submissions = `/api/forms/${formId}/submissions`;
const fieldIds = (form: FormDefinition) => form.sections.flatMap((s) => s.fields.map((f) => f.id));

describe('api: a form gets a new version while submissions to the old one stand', () => {
  let registry: FormRegistry;
  let api: RunningApi;
  let v1SubmissionId: string;
  const v1Answers = makeInnovationAnswers();
  const v2Answers = makeInnovationAnswers({ contactPerson: 'Rina, Bidang Aplikasi Informatika' });

  beforeAll(async () => {
    registry = createFormRegistry(checkFormDefinition);
    registry.publish(innovationReportForm);
    api = await startApi({ api: apiWithForms(registry) });
    const made = await api.as(people.operatorA).post(submissions, { formVersion: 1, answers: v1Answers });
    v1SubmissionId = made.body.submission.submissionId;
    registry.publish(versionTwo);
  });

  afterAll(async () => {
    await api.stop();
  });

  it('keeps a submission made against version 1 readable and valid against version 1', async () => {
    // Act
    const response = await api.as(people.operatorA).get(`/api/submissions/${v1SubmissionId}`);

    // Assess
    expect(response.status).toBe(200);
    expect(response.body.submission).toMatchObject({ formVersion: 1, answers: v1Answers });
    const stored = response.body.submission.answers;
    expect(validateAnswers(registry.get(formId, 1)!, stored).ok).toBe(true);
    expect(validateAnswers(registry.get(formId, 2)!, stored).ok).toBe(false);
  });

  it('serves the latest version by default and version 1 on request', async () => {
    // Act
    const latest = await api.as(people.operatorA).get(`/api/forms/${formId}`);
    const first = await api.as(people.operatorA).get(`/api/forms/${formId}?version=1`);
    const myForms = await api.as(people.operatorA).get('/api/me/forms');

    // Assess
    expect(latest.status).toBe(200);
    expect(latest.body.form.version).toBe(2);
    expect(fieldIds(latest.body.form)).toContain('contactPerson');
    expect(first.status).toBe(200);
    expect(first.body.form.version).toBe(1);
    expect(fieldIds(first.body.form)).not.toContain('contactPerson');
    expect(myForms.body.forms).toEqual([expect.objectContaining({ formId, version: 2 })]);
  });

  it('accepts new submissions pinned to version 1 or to version 2', async () => {
    // Act
    const pinnedToOne = await api
      .as(people.operatorA)
      .post(submissions, { formVersion: 1, answers: v1Answers });
    const pinnedToTwo = await api
      .as(people.operatorA)
      .post(submissions, { formVersion: 2, answers: v2Answers });

    // Assess
    expect(pinnedToOne.status).toBe(201);
    expect(pinnedToOne.body.submission).toMatchObject({ formVersion: 1, answers: v1Answers });
    expect(pinnedToTwo.status).toBe(201);
    expect(pinnedToTwo.body.submission).toMatchObject({ formVersion: 2, answers: v2Answers });
  });

  it('refuses version 2 answers without its new required field, writing nothing', async () => {
    // Prepare
    const before = await api.dump();

    // Act
    const response = await api.as(people.operatorA).post(submissions, { formVersion: 2, answers: v1Answers });

    // Assess
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      expect.objectContaining({ path: 'answers.contactPerson', code: 'required' }),
    ]);
    expect(await api.dump()).toEqual(before);
  });

  it('refuses the new field in answers pinned to version 1, writing nothing', async () => {
    // Prepare
    const before = await api.dump();

    // Act
    const response = await api.as(people.operatorA).post(submissions, { formVersion: 1, answers: v2Answers });

    // Assess
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      expect.objectContaining({ path: 'answers.contactPerson', code: 'unknown_field' }),
    ]);
    expect(await api.dump()).toEqual(before);
  });
});

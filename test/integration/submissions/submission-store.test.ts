import { describe, expect, it } from 'vitest';
import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import { submissionAudit } from '#functions/submissions/audit-events.ts';
import type { Draft, Submission } from '#functions/submissions/model.ts';
import { fixedClock } from '#test/support/fixed-clock.ts';
import { createTestPorts } from '#test/support/test-ports.ts';

const at = '2026-03-02T01:00:00.000Z';
const scope = { city: 'jambi', opd: 'diskominfo' };
const draft: Draft = {
  ...scope,
  draftId: 'draft-1',
  formId: 'innovation-report',
  formVersion: 1,
  answers: { name: 'Sikoja' },
  status: 'draft',
  revision: 1,
  createdAt: at,
  createdBy: 'op',
  updatedAt: at,
  updatedBy: 'op',
};
const audit = (id: string, type: 'draft' | 'submission') =>
  submissionAudit.event(type === 'draft' ? 'draft.submitted' : 'submission.created', {
    eventId: id,
    at,
    actor: 'op',
    ...scope,
    entityId: 'draft-1',
    before: null,
    after: null,
  });
const submission: Submission = {
  ...scope,
  submissionId: 'draft-1',
  formId: 'innovation-report',
  formVersion: 1,
  answers: { name: 'Sikoja' },
  computed: {},
  evidence: [],
  status: 'submitted',
  revision: 1,
  submittedAt: at,
  submittedBy: 'op',
  draftId: 'draft-1',
};

describe('submission store on DynamoDB Local', () => {
  it('reports a draft changed meanwhile as stale, with two audit events in the transaction, and writes nothing', async () => {
    // Prepare: the draft is at revision 2 by the time the submit names revision 1
    const { ports, table } = await createTestPorts(fixedClock(at));
    await ports.submissions.createDraft(draft, audit('e0', 'draft'));
    await ports.submissions.saveDraft({ ...draft, revision: 2 }, 1, audit('e1', 'draft'));
    const before = await table.dump();

    // Act
    const submitting = ports.submissions.submit(
      submission,
      [audit('e2', 'submission'), audit('e3', 'draft')],
      {
        expectedRevision: 1,
        updated: { ...draft, status: 'submitted', revision: 2 },
      },
    );

    // Assess
    await expect(submitting).rejects.toBeInstanceOf(StaleRevisionError);
    expect(await table.dump()).toEqual(before);
  });
});

import { type AuditEventOf, defineAuditEvents } from '#functions/platform/audit/define-audit-events.ts';
import { keys } from './keys.ts';

/** What is audited of drafts and submissions, each event in the history of its item. */
export const submissionAudit = defineAuditEvents({
  draft: {
    key: ({ city, id }) => keys.draft(city, id),
    actions: ['draft.created', 'draft.saved', 'draft.submitted'],
  },
  submission: {
    key: ({ city, id }) => keys.submission(city, id),
    actions: ['submission.created'],
  },
});

export type SubmissionAuditEvent = AuditEventOf<typeof submissionAudit>;

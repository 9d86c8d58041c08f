import { defineModule } from '#functions/platform/module/descriptor.ts';

const api = { function: 'api', access: 'bearer', needs: ['table', 'people'] } as const;
const page = { function: 'web', access: 'session', signedIn: true, links: ['fill'] } as const;
const withEvidence = ['table', 'people', 'evidence'] as const;
const pageWithEvidence = ['table', 'evidence'] as const;
// A submission may start its review (`reviewedBy` of its obligation's kind).
const submits = [...withEvidence, 'workflows'] as const;
const pageSubmits = [...pageWithEvidence, 'workflows'] as const;

/** Forms filled by OPDs: versioned forms, drafts, submissions and their evidence files. */
export const submissionsModule = defineModule({
  name: 'submissions',
  routes: [
    {
      ...api,
      method: 'GET',
      path: '/api/me/forms',
      operation: 'listMyForms',
      summary: "The forms I can fill, with my OPD's drafts and submissions",
    },
    {
      ...api,
      method: 'GET',
      path: '/api/forms/{formId}',
      operation: 'getForm',
      summary: 'A form definition (latest, or ?version=)',
    },
    {
      ...api,
      method: 'GET',
      path: '/api/forms/{formId}/schema',
      operation: 'getFormSchema',
      summary: "The JSON Schema of a form version's answers (latest, or ?version=; titles in ?lang=id|en)",
    },
    {
      ...api,
      method: 'POST',
      path: '/api/forms/{formId}/drafts',
      operation: 'createDraft',
      summary: 'Start a draft',
    },
    {
      ...api,
      method: 'GET',
      path: '/api/forms/{formId}/drafts/{draftId}',
      operation: 'getDraft',
      summary: 'Read a draft',
    },
    {
      ...api,
      method: 'PUT',
      path: '/api/forms/{formId}/drafts/{draftId}',
      operation: 'saveDraft',
      summary: 'Save a draft (optimistic locking on revision)',
    },
    {
      ...api,
      method: 'POST',
      path: '/api/forms/{formId}/submissions',
      operation: 'submit',
      summary: 'Submit answers, pinned to a form version',
      needs: submits,
    },
    {
      ...api,
      method: 'GET',
      path: '/api/submissions/{submissionId}',
      operation: 'getSubmission',
      summary: 'Read a submission',
    },
    {
      ...api,
      method: 'POST',
      path: '/api/uploads',
      operation: 'createUpload',
      summary: 'Get a presigned upload for an evidence file',
      needs: withEvidence,
    },
    /** The OPD's to-do list. */
    {
      ...page,
      method: 'GET',
      path: '/tugas',
      operation: 'todo',
      needs: ['table'],
    },
    /** A new, empty form. */
    {
      ...page,
      method: 'GET',
      path: '/forms/{formId}/new',
      operation: 'showForm',
      needs: ['table'],
    },
    /** Save or submit a new form. */
    {
      ...page,
      method: 'POST',
      path: '/forms/{formId}/new',
      operation: 'postForm',
      csrf: 'session-form',
      files: true,
      needs: pageSubmits,
    },
    /** A draft, to continue. */
    {
      ...page,
      method: 'GET',
      path: '/forms/{formId}/drafts/{draftId}',
      operation: 'showForm',
      needs: ['table'],
    },
    /** Save or submit a draft. */
    {
      ...page,
      method: 'POST',
      path: '/forms/{formId}/drafts/{draftId}',
      operation: 'postForm',
      csrf: 'session-form',
      files: true,
      needs: pageSubmits,
    },
    /** A submission, read-only. */
    {
      ...page,
      method: 'GET',
      path: '/submissions/{submissionId}',
      operation: 'submission',
      needs: ['table'],
    },
    /** An upload ticket for the page script. */
    {
      ...page,
      method: 'POST',
      path: '/uploads',
      operation: 'upload',
      csrf: 'session-header',
      answers: 'json',
      needs: pageWithEvidence,
    },
  ],
  tasks: [],
  navigation: [{ href: '/tugas', label: { id: 'Daftar tugas', en: 'To-do list' }, homeOnly: true }],
});

import type { Key } from '#functions/platform/table/keys.ts';

/**
 * The keys of drafts and submissions, and of an OPD's listing of them.
 *
 * Its access patterns (each served by GetItem or Query, never Scan):
 * | pattern | operation | key condition |
 * | --- | --- | --- |
 * | a draft, by id, within the caller's city    | GetItem   | pk = CITY#<city>#DRAFT#<draftId>, sk = DRAFT           |
 * | a submission, by id, within the city        | GetItem   | pk = CITY#<city>#SUB#<submissionId>, sk = SUB           |
 * | history (audit events) of a draft/submission| Query     | pk = <its pk>, sk begins_with AUDIT#                    |
 * | an OPD's drafts and submissions, by form    | Query     | gsi1pk = CITY#<city>#OPD#<opd>, gsi1sk begins_with DRAFT#/SUB# |
 */
export const keys = {
  draft: (city: string, draftId: string): Key => ({ pk: `CITY#${city}#DRAFT#${draftId}`, sk: 'DRAFT' }),
  submission: (city: string, submissionId: string): Key => ({
    pk: `CITY#${city}#SUB#${submissionId}`,
    sk: 'SUB',
  }),
} as const;

/** Index entries (gsi1, sparse: only items that belong to a listing carry them). */
export const indexKeys = {
  opdDraft: (city: string, opd: string, formId: string, draftId: string) => ({
    gsi1pk: `CITY#${city}#OPD#${opd}`,
    gsi1sk: `DRAFT#${formId}#${draftId}`,
  }),
  opdSubmission: (city: string, opd: string, formId: string, submittedAt: string) => ({
    gsi1pk: `CITY#${city}#OPD#${opd}`,
    gsi1sk: `SUB#${formId}#${submittedAt}`,
  }),
  opdListing: (city: string, opd: string) => ({ gsi1pk: `CITY#${city}#OPD#${opd}` }),
} as const;

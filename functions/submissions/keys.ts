import type { Key } from '#functions/platform/table/keys.ts';

/**
 * The keys of drafts and submissions, and of an OPD's listing of them.
 * The table's access patterns are listed in `functions/platform/table/keys.ts`.
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

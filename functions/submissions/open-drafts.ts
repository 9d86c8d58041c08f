import type { Draft } from './model.ts';

/** An OPD's drafts of one form that are not submitted yet, the most recently saved first. */
export const openDraftsOf = (drafts: readonly Draft[], formId: string): Draft[] =>
  drafts
    .filter((d) => d.formId === formId && d.status === 'draft')
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

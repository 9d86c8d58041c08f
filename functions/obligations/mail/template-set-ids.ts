/** The sets of email templates a kind of obligation can be written with (`template-set.ts`). */
export const templateSetIds = ['standard'] as const;
export type TemplateSetId = (typeof templateSetIds)[number];

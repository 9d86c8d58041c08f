/**
 * The ids of the registered kinds of obligation, apart from their definitions so that a schema
 * checking an obligation's `kind` (the OpenAPI function's among them) loads no kind's forms or
 * mail. `registry.ts` fails to compile unless its kinds have exactly these ids.
 */
export const obligationKindIds = ['innovation-report'] as const;

/** The id of a registered kind: what an obligation's `kind` holds. */
export type ObligationKindId = (typeof obligationKindIds)[number];

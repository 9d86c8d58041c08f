import * as z from 'zod/mini';

/*
 * The inputs of the surveys' commands, one strict schema each, read with `parseInput` by the API,
 * the pages and the CLI alike. The city is never an input: it is the caller's.
 */

/** The programs of a cycle's impact survey: for each slot of the sample, the innovation report chosen. */
export const chooseProgramsBody = z.strictObject({
  programs: z
    .array(
      z.strictObject({
        slot: z.string().check(z.regex(/^[a-z][a-z-]{0,40}(?:\.[a-z][a-z-]{0,40})?$/)),
        submissionId: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/)),
      }),
    )
    .check(z.minLength(1), z.maxLength(18)),
});

/** Whether the citizen survey's summary is public. */
export const publicSummaryBody = z.strictObject({ open: z.boolean() });

export type ChooseProgramsBody = z.infer<typeof chooseProgramsBody>;

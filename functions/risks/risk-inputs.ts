import * as z from 'zod/mini';
import { localDate } from '#functions/platform/input/primitives.ts';

/*
 * The inputs of the risk register's commands, one strict schema each, read with `parseInput` by
 * the pages and the CLI alike. The city is never an input: it is the caller's.
 */

const submissionId = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/));

/** The quick-win programs of a cycle (innovation reports of the year) and the scale their risks are rated on. */
export const chooseQuickWinsBody = z.strictObject({
  scale: z.union([z.literal(3), z.literal(5)]),
  programs: z.array(submissionId).check(z.minLength(1), z.maxLength(100)),
});

/** An evaluator's decision on an OPD's register: accept it, or ask for a revision by a date, saying why. */
export const reviewRegisterBody = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('accept') }),
  z.strictObject({
    decision: z.literal('revise'),
    due: localDate,
    note: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)),
  }),
]);

export type ChooseQuickWinsBody = z.infer<typeof chooseQuickWinsBody>;
export type ReviewRegisterBody = z.infer<typeof reviewRegisterBody>;

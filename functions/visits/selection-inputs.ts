import * as z from 'zod/mini';
import { localDate } from '#functions/platform/input/primitives.ts';

/*
 * The inputs of the selection's commands, one strict schema each, read with `parseInput` by the
 * API, the pages and the CLI alike. The city is never an input: it is the caller's.
 */

const slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/));
const text = (max: number) => z.string().check(z.maxLength(max), z.regex(/\S/));

/** The announcement: how many to draw, who is visited anyway and why, the sources, the draw date. */
export const announceBody = z.strictObject({
  count: z.int().check(z.gte(1), z.lte(500)),
  /** Evaluators per visit (default two). */
  teamSize: z.optional(z.int().check(z.gte(1), z.lte(5))),
  alwaysVisited: z.optional(
    z.array(z.strictObject({ opd: slug, reason: text(500) })).check(z.maxLength(100)),
  ),
  sources: z
    .array(z.strictObject({ description: text(300), expected: localDate }))
    .check(z.minLength(1), z.maxLength(10)),
  drawDate: localDate,
});

/** A draw: each source's values as published, in the order announced; a redraw says why. */
export const drawBody = z.strictObject({
  values: z.array(text(400)).check(z.minLength(1), z.maxLength(10)),
  reason: z.optional(text(500)),
});

export type AnnounceBody = z.infer<typeof announceBody>;
export type DrawBody = z.infer<typeof drawBody>;

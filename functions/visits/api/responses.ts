import * as z from 'zod/mini';
import type { ApiSchemas } from '#functions/platform/http/operation.ts';
import {
  type Assert,
  type Covers,
  instant,
  localDate,
  positiveInt,
} from '#functions/platform/input/primitives.ts';
import type { Selection } from '../selection-model.ts';

/** A cycle's selection as it is published: the announcement and every draw. */
export const selectionSchema = z.object({
  city: z.string(),
  year: z.int(),
  method: z.literal('RFC 3797'),
  announcement: z.object({
    pool: z.array(z.object({ position: positiveInt, opd: z.string(), name: z.string() })),
    count: positiveInt,
    teamSize: positiveInt,
    evaluators: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        staffOf: z.optional(z.string()),
        conflicts: z.array(z.string()),
      }),
    ),
    alwaysVisited: z.array(z.object({ opd: z.string(), name: z.string(), reason: z.string() })),
    sources: z.array(z.object({ description: z.string(), expected: localDate })),
    drawDate: localDate,
    announcedAt: instant,
    announcedBy: z.string(),
  }),
  draws: z.array(
    z.object({
      number: positiveInt,
      values: z.array(z.array(z.string())),
      keyString: z.string(),
      digests: z.array(z.string()),
      selected: z.array(z.object({ position: positiveInt, opd: z.string() })),
      teams: z.array(z.object({ opd: z.string(), evaluators: z.array(z.string()) })),
      drawnAt: instant,
      drawnBy: z.string(),
      reason: z.optional(z.string()),
    }),
  ),
  revision: positiveInt,
});

const problem = z.object({ what: z.string(), message: z.object({ id: z.string(), en: z.string() }) });

export const selectionResponses = {
  getSelection: z.object({ selection: selectionSchema }),
  announceSelection: z.object({ selection: selectionSchema }),
  drawSelection: z.object({ selection: selectionSchema, replayed: z.boolean() }),
  verifySelection: z.object({
    ok: z.boolean(),
    problems: z.array(problem),
    recomputed: z.array(
      z.object({ number: positiveInt, keyString: z.string(), positions: z.array(positiveInt) }),
    ),
  }),
} as const satisfies ApiSchemas['responseBodies'];

/** Compiles only while the schema covers its item. */
export type SelectionSchemasCoverTheirItems = [Assert<Covers<typeof selectionSchema, Selection>>];

import * as z from 'zod/mini';
import type { ApiSchemas } from '#functions/platform/http/operation.ts';
import {
  type Assert,
  type Covers,
  count,
  instant,
  localDate,
  positiveInt,
} from '#functions/platform/input/primitives.ts';
import type { Selection } from '../selection-model.ts';
import { type Visit, visitStatuses } from '../visit-model.ts';

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

const slot = {
  date: localDate,
  start: z.string(),
  end: z.string(),
  place: z.string(),
};

/** One visit as its readers see it: why the OPD is visited, its team, its date and its status. */
export const visitSchema = z.object({
  city: z.string(),
  year: z.int(),
  opd: z.string(),
  visitId: z.string(),
  reason: z.union([
    z.object({ kind: z.literal('drawn'), position: positiveInt }),
    z.object({ kind: z.literal('always'), text: z.string() }),
  ]),
  drawNumber: positiveInt,
  team: z.array(z.string()),
  status: z.enum(visitStatuses),
  slot: z.optional(
    z.object({
      ...slot,
      side: z.enum(['team', 'opd']),
      by: z.string(),
      at: instant,
      note: z.optional(z.string()),
    }),
  ),
  confirmed: z.optional(z.object({ by: z.string(), at: instant })),
  sequence: count,
  revision: positiveInt,
  openedAt: instant,
  updatedAt: instant,
});

const level = z.int().check(z.gte(1), z.lte(5));

/** What the OPD claimed of each indicator, what the desk verified, and what the visit found. */
export const visitClaimsSchema = z.object({
  revision: positiveInt,
  status: z.string(),
  indicators: z.record(
    z.string(),
    z.object({
      claimed: level,
      verified: z.optional(level),
      finding: z.optional(
        z.object({
          observed: z.string(),
          level,
          reason: z.optional(z.string()),
          photos: z.array(
            z.object({ name: z.string(), contentType: z.string(), size: positiveInt, sha256: z.string() }),
          ),
          by: z.string(),
          at: instant,
        }),
      ),
    }),
  ),
});

const problem = z.object({ what: z.string(), message: z.object({ id: z.string(), en: z.string() }) });

export const selectionResponses = {
  getSelection: z.object({ selection: selectionSchema }),
  announceSelection: z.object({ selection: selectionSchema }),
  drawSelection: z.object({
    selection: selectionSchema,
    replayed: z.boolean(),
    /** The visits the draw opened, re-teamed (a redraw) and cancelled (a redraw that no longer selects them). */
    visits: z.object({ opened: count, redrawn: count, cancelled: count }),
  }),
  verifySelection: z.object({
    ok: z.boolean(),
    problems: z.array(problem),
    recomputed: z.array(
      z.object({ number: positiveInt, keyString: z.string(), positions: z.array(positiveInt) }),
    ),
  }),
  listVisits: z.object({ visits: z.array(visitSchema) }),
  getVisit: z.object({
    visit: visitSchema,
    /** The OPD's self-assessment as the visit checks it; null while the OPD has sent none. */
    claims: z.nullable(visitClaimsSchema),
  }),
  proposeVisit: z.object({ visit: visitSchema, replayed: z.boolean() }),
  confirmVisit: z.object({ visit: visitSchema, replayed: z.boolean() }),
  recordFinding: z.object({ claims: visitClaimsSchema, replayed: z.boolean() }),
} as const satisfies ApiSchemas['responseBodies'];

/** Compiles only while the schemas cover their items. */
export type SelectionSchemasCoverTheirItems = [
  Assert<Covers<typeof selectionSchema, Selection>>,
  Assert<Covers<typeof visitSchema, Visit>>,
];

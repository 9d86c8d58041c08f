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
import type { ImpactPlan, StoredProgram } from '../program-model.ts';

const settingsSchema = z.object({
  programsPer: z.enum(['dimension', 'sub-dimension']),
  respondents: positiveInt,
  respondentsPer: z.enum(['program', 'dimension']),
});

const programFields = {
  code: z.string(),
  city: z.string(),
  year: z.int(),
  slot: z.string(),
  dimension: z.string(),
  subDimension: z.string(),
  opd: z.string(),
  opdName: z.string(),
  submissionId: z.string(),
  name: z.string(),
  required: count,
  districts: z.array(z.object({ id: z.string(), name: z.string() })),
  closes: localDate,
  closesAt: instant,
  timeZone: z.string(),
};

/** A cycle's impact survey plan: its sample and its programs, as chosen. */
export const planSchema = z.object({
  city: z.string(),
  year: z.int(),
  settings: settingsSchema,
  programs: z.array(z.object(programFields)),
  chosenBy: z.string(),
  chosenAt: instant,
  publicSummary: z.boolean(),
  revision: positiveInt,
});

/** A program with what it has received so far. */
export const storedProgramSchema = z.object({
  ...programFields,
  responses: count,
  assisted: count,
  sums: z.record(z.string(), z.number()),
  citizens: count,
});

const figures = z.object({
  responses: count,
  aware: count,
  used: count,
  rated: count,
  satisfaction: z.optional(z.number()),
});

export const surveyResponses = {
  getImpactSurvey: z.object({
    plan: planSchema,
    programs: z.array(
      z.object({
        program: storedProgramSchema,
        /** The mean of each impact item (1-5), by item; empty without responses. */
        items: z.record(z.string(), z.number()),
        citizens: z.object({ total: figures, byDistrict: z.record(z.string(), figures) }),
      }),
    ),
    /** The impact scores (1-5): by program code, sub-dimension and dimension, and the city's impact aspect. */
    scores: z.object({
      programs: z.record(z.string(), z.number()),
      subDimensions: z.record(z.string(), z.number()),
      dimensions: z.record(z.string(), z.number()),
      city: z.optional(z.number()),
    }),
  }),
  chooseImpactPrograms: z.object({ plan: planSchema, replayed: z.boolean() }),
} as const satisfies ApiSchemas['responseBodies'];

/** Compiles only while the schemas cover their items. */
export type SurveySchemasCoverTheirItems = [
  Assert<Covers<typeof planSchema, ImpactPlan>>,
  Assert<Covers<typeof storedProgramSchema, StoredProgram>>,
];

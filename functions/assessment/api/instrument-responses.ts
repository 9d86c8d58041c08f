import * as z from 'zod/mini';
import { instrumentSchema } from '#forms/instrument/schema.ts';
import type { ApiSchemas } from '#functions/platform/http/operation.ts';
import {
  type Assert,
  bilingual,
  type Covers,
  count,
  positiveInt,
} from '#functions/platform/input/primitives.ts';
import { instrumentFormats } from '../instrument-files/file-format.ts';
import type { InstrumentSummary } from '../instrument-store.ts';

/** A stored version of an instrument, as a listing shows it. */
export const instrumentSummarySchema = z.object({
  id: z.string(),
  version: positiveInt,
  year: z.int(),
  title: bilingual,
  indicatorCount: count,
});

export const instrumentResponses = {
  listInstruments: z.object({ instruments: z.array(instrumentSummarySchema) }),
  getInstrument: z.object({ instrument: instrumentSchema }),
  exportInstrument: z.object({
    fileName: z.string(),
    format: z.enum(instrumentFormats),
    contentType: z.string(),
    bytes: positiveInt,
    /** The file, base64-encoded. */
    content: z.string(),
  }),
  importInstrument: z.object({
    instrument: instrumentSummarySchema,
    /** `stored`: published now (201); `unchanged`: stored already with the same content (200). */
    put: z.enum(['stored', 'unchanged']),
  }),
} as const satisfies ApiSchemas['responseBodies'];

/** Compiles only while the schema covers its item. */
export type InstrumentSchemasCoverTheirItems = [
  Assert<Covers<typeof instrumentSummarySchema, InstrumentSummary>>,
];

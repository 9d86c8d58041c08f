import * as z from 'zod/mini';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';
import type { Condition, FormDefinition } from './definition.ts';
import type { Field, MaturityLevelDescription } from './field-types.ts';

/** kebab-case, the form of form and section ids. */
export const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** camelCase, the form of field and computed value ids. */
export const CAMEL_CASE = /^[a-z][a-zA-Z0-9]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const OPTION_VALUE = /^[a-z0-9][a-z0-9._-]*$/;

const text = z.string().check(z.minLength(1));
const localized: z.ZodMiniType<Bilingual> = z.strictObject({ id: text, en: text });
const fieldId = z.string().check(z.regex(CAMEL_CASE));
const count = z.int().check(z.gte(0));
const conditionValue = z.union([z.string(), z.number(), z.boolean()]);

const condition: z.ZodMiniType<Condition> = z.union([
  z.strictObject({ field: fieldId, equals: conditionValue }),
  z.strictObject({ field: fieldId, in: z.array(conditionValue).check(z.minLength(1)) }),
  z.strictObject({ field: fieldId, notEmpty: z.literal(true) }),
  z.strictObject({
    get all(): z.ZodMiniArray<z.ZodMiniType<Condition>> {
      return z.array(condition).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get any(): z.ZodMiniArray<z.ZodMiniType<Condition>> {
      return z.array(condition).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get not(): z.ZodMiniType<Condition> {
      return condition;
    },
  }),
]);

const base = {
  id: fieldId,
  label: localized,
  help: z.optional(localized),
  required: z.optional(z.union([z.boolean(), condition])),
  visibleWhen: z.optional(condition),
};

const options = z
  .array(z.strictObject({ value: z.string().check(z.regex(OPTION_VALUE)), label: localized }))
  .check(z.minLength(1));

const level: z.ZodMiniType<MaturityLevelDescription> = z.strictObject({
  description: localized,
  evidence: localized,
});

const field: z.ZodMiniType<Field> = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('shortText'), maxLength: count, pattern: z.optional(text) }),
  z.strictObject({ ...base, type: z.literal('longText'), maxLength: count }),
  z.strictObject({
    ...base,
    type: z.literal('number'),
    min: z.number(),
    max: z.number(),
    integer: z.optional(z.boolean()),
  }),
  z.strictObject({
    ...base,
    type: z.literal('date'),
    min: z.optional(z.string().check(z.regex(DATE))),
    max: z.optional(z.string().check(z.regex(DATE))),
  }),
  z.strictObject({ ...base, type: z.literal('singleChoice'), options }),
  z.strictObject({
    ...base,
    type: z.literal('multipleChoice'),
    options,
    minSelections: z.optional(count),
    maxSelections: z.optional(count),
  }),
  z.strictObject({
    ...base,
    type: z.literal('likert'),
    anchors: z.strictObject({ low: localized, high: localized }),
  }),
  z.strictObject({
    ...base,
    type: z.literal('maturityLevel'),
    levels: z.tuple([level, level, level, level, level]),
  }),
  z.strictObject({
    ...base,
    type: z.literal('url'),
    allowHttp: z.optional(z.boolean()),
    maxLength: z.optional(count),
  }),
  z.strictObject({
    ...base,
    type: z.literal('evidenceFile'),
    accept: z.array(z.string().check(z.regex(/^[a-z]+\/(?:\*|[a-z0-9.+-]+)$/))).check(z.minLength(1)),
    maxBytes: z.int().check(z.gte(1)),
  }),
  z.strictObject({
    ...base,
    type: z.literal('group'),
    get fields(): z.ZodMiniArray<z.ZodMiniType<Field>> {
      return z.array(field).check(z.minLength(1));
    },
    minItems: z.optional(count),
    maxItems: z.int().check(z.gte(1)),
  }),
]);

const computeExpression = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('sum'), fields: z.array(text).check(z.minLength(1)) }),
  z.strictObject({ kind: z.literal('average'), fields: z.array(text).check(z.minLength(1)) }),
  z.strictObject({ kind: z.literal('count'), field: text }),
]);

/**
 * The shape of a form definition. `checkFormDefinition` adds the rules a shape cannot state (unique
 * ids, references that resolve, sensible bounds).
 */
export const formDefinitionSchema: z.ZodMiniType<FormDefinition> = z.strictObject({
  id: z.string().check(z.regex(KEBAB_CASE)),
  version: z.int().check(z.gte(1)),
  title: localized,
  description: localized,
  sections: z
    .array(
      z.strictObject({
        id: z.string().check(z.regex(KEBAB_CASE)),
        title: localized,
        description: z.optional(localized),
        fields: z.array(field).check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
  computed: z.optional(
    z.array(z.strictObject({ id: fieldId, label: localized, compute: computeExpression })),
  ),
  scoring: z.optional(
    z.strictObject({ kind: text, weights: z.optional(z.record(z.string(), z.number().check(z.gte(0)))) }),
  ),
});

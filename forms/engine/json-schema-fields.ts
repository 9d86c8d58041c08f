import type { Lang } from '#functions/platform/text/bilingual.ts';
import type { DateField, Field } from './field-types.ts';
import {
  CALENDAR_DATE,
  contentTypePattern,
  dateBound,
  NOT_BLANK,
  shortTextPattern,
  webUrlSource,
} from './json-schema-patterns.ts';
import type { JsonSchema } from './json-schema-rules.ts';
import { CONTENT_TYPE_MAX_LENGTH, DEFAULT_URL_MAX_LENGTH } from './value-checks.ts';

/** The empty answers a field accepts (see `isEmpty`), by the type of its answer. */
export function emptySchema(field: Field): JsonSchema {
  switch (field.type) {
    case 'number':
    case 'likert':
    case 'maturityLevel':
    case 'evidenceFile':
      return { type: 'null' };
    case 'multipleChoice':
    case 'group':
      return { type: ['array', 'null'], maxItems: 0 };
    case 'shortText':
    case 'longText':
    case 'url':
      // The engine caps blank text too: blank is empty, but it is still stored.
      return {
        type: ['string', 'null'],
        pattern: '^\\s*$',
        maxLength: field.maxLength ?? DEFAULT_URL_MAX_LENGTH,
      };
    default:
      return { type: ['string', 'null'], pattern: '^\\s*$' };
  }
}

function dateSchema(field: DateField): JsonSchema {
  // Bounds as patterns rather than `formatMinimum`/`formatMaximum`, which are no 2020-12 vocabulary.
  const bounds: JsonSchema[] = [];
  if (field.min !== undefined)
    bounds.push({ $comment: `On or after ${field.min}.`, pattern: dateBound(field.min, true) });
  if (field.max !== undefined)
    bounds.push({ $comment: `On or before ${field.max}.`, pattern: dateBound(field.max, false) });
  // `format` tells tools it is a date; the pattern alone already decides, so asserting it changes nothing.
  return {
    type: 'string',
    format: 'date',
    pattern: CALENDAR_DATE,
    ...(bounds.length > 0 ? { allOf: bounds } : {}),
  };
}

function evidenceFileSchema(accept: readonly string[], maxBytes: number): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['fileId', 'sha256', 'name', 'contentType', 'size'],
    properties: {
      fileId: { type: 'string', minLength: 1, maxLength: 200 },
      sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      name: { type: 'string', minLength: 1, maxLength: 255 },
      contentType: {
        type: 'string',
        maxLength: CONTENT_TYPE_MAX_LENGTH,
        pattern: contentTypePattern(accept),
      },
      size: { type: 'integer', minimum: 0, maximum: maxBytes },
    },
  };
}

/**
 * The schema of a non-empty answer to `field`, titled in `lang`; `itemSchema` gives the schema of
 * one item of a group's fields.
 */
export function valueSchema(
  field: Field,
  lang: Lang,
  itemSchema: (fields: readonly Field[]) => JsonSchema,
): JsonSchema {
  switch (field.type) {
    case 'shortText':
      return {
        type: 'string',
        maxLength: field.maxLength,
        pattern: field.pattern ? shortTextPattern(field.pattern) : NOT_BLANK,
      };
    case 'longText':
      return { type: 'string', maxLength: field.maxLength, pattern: NOT_BLANK };
    case 'number':
      return { type: field.integer ? 'integer' : 'number', minimum: field.min, maximum: field.max };
    case 'date':
      return dateSchema(field);
    case 'singleChoice':
      return { type: 'string', oneOf: field.options.map((o) => ({ const: o.value, title: o.label[lang] })) };
    case 'multipleChoice':
      return {
        type: 'array',
        items: {
          type: 'string',
          oneOf: field.options.map((o) => ({ const: o.value, title: o.label[lang] })),
        },
        uniqueItems: true,
        minItems: Math.max(1, field.minSelections ?? 0),
        maxItems: field.maxSelections ?? field.options.length,
      };
    case 'likert':
      return {
        type: 'integer',
        oneOf: [1, 2, 3, 4, 5].map((n) => ({
          const: n,
          title: n === 1 ? field.anchors.low[lang] : n === 5 ? field.anchors.high[lang] : undefined,
        })),
      };
    case 'maturityLevel':
      return {
        type: 'integer',
        oneOf: field.levels.map((l, i) => ({
          const: i + 1,
          title: l.description[lang],
          description: l.evidence[lang],
        })),
      };
    case 'url':
      // No `format`: `uri` refuses the non-ASCII addresses the engine accepts, and ajv-formats has
      // no `iri`; the pattern follows the WHATWG parser instead (see `webUrlSource`).
      return {
        type: 'string',
        maxLength: field.maxLength ?? DEFAULT_URL_MAX_LENGTH,
        pattern: webUrlSource(field.allowHttp === true),
      };
    case 'evidenceFile':
      return evidenceFileSchema(field.accept, field.maxBytes);
    case 'group':
      return {
        type: 'array',
        items: itemSchema(field.fields),
        minItems: Math.max(1, field.minItems ?? 0),
        maxItems: field.maxItems,
      };
  }
}

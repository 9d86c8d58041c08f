import type { Language } from './definition.ts';
import type { Field } from './field-types.ts';
import type { JsonSchema } from './json-schema-rules.ts';
import { DEFAULT_URL_MAX_LENGTH } from './value-checks.ts';

const NOT_BLANK = '\\S';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

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
    default:
      return { type: ['string', 'null'], pattern: '^\\s*$' };
  }
}

/**
 * The schema of a non-empty answer to `field`, titled in `lang`; `itemSchema` gives the schema of
 * one item of a group's fields.
 */
export function valueSchema(
  field: Field,
  lang: Language,
  itemSchema: (fields: readonly Field[]) => JsonSchema,
): JsonSchema {
  switch (field.type) {
    case 'shortText':
      return {
        type: 'string',
        maxLength: field.maxLength,
        pattern: field.pattern ? `^(?:${field.pattern})$` : NOT_BLANK,
      };
    case 'longText':
      return { type: 'string', maxLength: field.maxLength, pattern: NOT_BLANK };
    case 'number':
      return { type: field.integer ? 'integer' : 'number', minimum: field.min, maximum: field.max };
    case 'date':
      // formatMinimum/formatMaximum are not 2020-12 vocabulary: annotations most validators ignore.
      return {
        type: 'string',
        format: 'date',
        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
        formatMinimum: field.min,
        formatMaximum: field.max,
      };
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
      return {
        type: 'string',
        format: 'uri',
        maxLength: field.maxLength ?? DEFAULT_URL_MAX_LENGTH,
        pattern: field.allowHttp ? '^https?://\\S+$' : '^https://\\S+$',
      };
    case 'evidenceFile':
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
            anyOf: field.accept.map((a) =>
              a.endsWith('/*') ? { pattern: `^${escapeRegExp(a.slice(0, -1))}` } : { const: a },
            ),
          },
          size: { type: 'integer', minimum: 0, maximum: field.maxBytes },
        },
      };
    case 'group':
      return {
        type: 'array',
        items: itemSchema(field.fields),
        minItems: Math.max(1, field.minItems ?? 0),
        maxItems: field.maxItems,
      };
  }
}

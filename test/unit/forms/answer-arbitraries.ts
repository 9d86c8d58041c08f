import fc from 'fast-check';
import type { FormDefinition } from '#forms/engine/definition.ts';
import type { EvidenceFileField, Field } from '#forms/engine/field-types.ts';
import { formFields } from '#forms/engine/rules.ts';
import { makeFileRef } from './builders.ts';
import { urlText } from './url-arbitraries.ts';
import { blankText, contentTypeText, dateText, textNear } from './value-arbitraries.ts';

const empty = fc.constantFrom<unknown>(null, '', '  ', []);
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(0, -1, 2.5, true, '12', {}, [null], 'x'),
  fc.anything({ maxDepth: 1, maxKeys: 2 }),
);

function fileRef(field: EvidenceFileField): fc.Arbitrary<unknown> {
  return fc
    .record({
      contentType: contentTypeText(field.accept),
      size: fc.oneof(
        fc.integer({ min: 0, max: field.maxBytes }),
        fc.constantFrom(field.maxBytes + 1, -1, 1.5, 2 ** 53),
      ),
      name: fc.oneof(
        fc.constantFrom('sk-walikota.pdf', '', 'x'.repeat(255), 'x'.repeat(256), '😀'.repeat(200)),
        fc.string({ unit: 'grapheme', maxLength: 10 }),
      ),
      sha256: fc.constantFrom('ab'.repeat(32), 'AB'.repeat(32), 'xyz'),
      extra: fc.constantFrom<Record<string, unknown>>({}, {}, {}, { url: 'https://x.id' }, { fileId: '' }),
    })
    .map(({ extra, ...ref }) => ({ ...makeFileRef(ref), ...extra }));
}

function answerOf(field: Field): fc.Arbitrary<unknown> {
  switch (field.type) {
    case 'shortText':
      return field.pattern === undefined
        ? textNear(field.maxLength)
        : fc.oneof(fc.stringMatching(new RegExp(`^(?:${field.pattern})$`, 'u')), textNear(field.maxLength));
    case 'longText':
      return textNear(field.maxLength);
    case 'number':
      return fc.oneof(
        fc.double({ min: field.min - 1, max: field.max + 1, noNaN: true }),
        fc.integer({
          min: Math.ceil(field.min) - 1,
          max: Math.floor(Math.min(field.max, field.min + 100)) + 1,
        }),
        fc.constantFrom(field.min, field.max, 0, -0),
      );
    case 'date':
      return dateText(field.min, field.max);
    case 'singleChoice':
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...field.options.map((o) => o.value)) },
        { weight: 1, arbitrary: fc.constantFrom(...field.options.map((o) => ` ${o.value}`.toUpperCase())) },
      );
    case 'multipleChoice': {
      const values = field.options.map((o) => o.value);
      return fc.oneof(fc.subarray(values), fc.array(fc.constantFrom(...values, 'zz'), { maxLength: 5 }));
    }
    case 'likert':
    case 'maturityLevel':
      return fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(2.5, '3'));
    case 'url':
      return urlText;
    case 'evidenceFile':
      return fileRef(field);
    case 'group':
      return fc.array(answersOf(field.fields), { maxLength: field.maxItems + 1 });
  }
}

/** Answers to `fields`: each often a fitting value, sometimes empty, absent or of the wrong kind. */
function answersOf(fields: readonly Field[]): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const field of fields) {
    shape[field.id] = fc.oneof(
      { weight: 10, arbitrary: answerOf(field) },
      { weight: 2, arbitrary: empty },
      { weight: 1, arbitrary: blankText },
      { weight: 1, arbitrary: junk },
    );
  }
  return fc.record(shape, { requiredKeys: [] });
}

/**
 * Answers to any form, built from its fields: per field, values of every case where the engine
 * and its JSON Schema could part, and now and then a key the form does not have.
 */
export function answersFor(definition: FormDefinition): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(answersOf(formFields(definition)), fc.option(fc.constantFrom('extra', 'constructor', '__proto__')))
    .map(([answers, extra]) => (extra === null ? answers : { ...answers, [extra]: 1 }));
}

/**
 * `base` with up to `changes` of its fields (those `only` lets through) given generated answers, or
 * dropped: nearly valid answers, where a disagreement on one value is not hidden by another fault.
 */
export function nearly(
  definition: FormDefinition,
  base: Record<string, unknown>,
  { changes = 2, only = () => true }: { changes?: number; only?: (field: Field) => boolean } = {},
): fc.Arbitrary<Record<string, unknown>> {
  const fields = formFields(definition).filter(only);
  return fc
    .tuple(answersFor(definition), fc.subarray(fields, { minLength: 1, maxLength: changes }))
    .map(([generated, chosen]) => {
      const answers: Record<string, unknown> = { ...base };
      for (const { id } of chosen) {
        if (Object.hasOwn(generated, id)) answers[id] = generated[id];
        else delete answers[id];
      }
      return answers;
    });
}

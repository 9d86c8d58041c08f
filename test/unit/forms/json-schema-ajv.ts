import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import type { JsonSchema } from '#forms/engine/json-schema-rules.ts';

/**
 * An ajv set up as the exported schema's description asks: draft 2020-12, strict mode (unknown
 * keywords and formats are errors) and ajv-formats, so that `format` is asserted.
 */
export function makeAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true });
  ajvFormats.default(ajv);
  return ajv;
}

const compiled = new WeakMap<JsonSchema, ValidateFunction>();

/** Compiles `schema` once per schema object; throws when strict mode refuses it. */
export function compileSchema(schema: JsonSchema): ValidateFunction {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    validate = makeAjv().compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** Whether ajv accepts `value` against `schema`, the value first made plain JSON as a request body is. */
export function schemaAccepts(schema: JsonSchema, value: unknown): boolean {
  const json = JSON.stringify(value);
  return compileSchema(schema)(json === undefined ? undefined : JSON.parse(json)) === true;
}

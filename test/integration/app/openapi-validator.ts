import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';

/** An OpenAPI document as a test reads it. */
export type OpenApi = Record<string, any>;

/**
 * An ajv for draft 2020-12 in strict mode, with ajv-formats, so that `format` is asserted.
 * `allowUnionTypes` admits `type: [...]`, which zod writes for a union of primitive types.
 */
export function strictAjv(options: { allowUnionTypes?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, ...options });
  ajvFormats.default(ajv);
  return ajv;
}

/** A JSON pointer into the document: `['paths', '/api/me/forms']` -> `#/paths/~1api~1me~1forms`. */
export const pointer = (...segments: string[]) =>
  `#/${segments.map((s) => s.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;

/** Follows a `$ref` of the document (`#/components/schemas/...`) to the schema it names. */
export function resolve(document: OpenApi, schema: OpenApi): OpenApi {
  if (typeof schema.$ref !== 'string') return schema;
  const found = schema.$ref
    .slice(2)
    .split('/')
    .map((s: string) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((node: any, segment: string) => node?.[segment], document);
  if (found === undefined) throw new Error(`Unresolved $ref ${schema.$ref}`);
  return resolve(document, found);
}

/**
 * Validators of the answers the document describes, by path, method, status and media type: each
 * compiles the response's schema with the document's components alongside, so its `$ref`s
 * resolve as they do in the document.
 */
export function responseValidators(document: OpenApi) {
  const ajv = strictAjv({ allowUnionTypes: true });
  // Only `components` is added: it holds every schema a response refers to.
  ajv.addKeyword('components');
  ajv.addSchema({ $id: 'urn:siklus:openapi', components: document.components });
  const compiled = new Map<string, ValidateFunction>();
  return (path: string, method: string, status: number, mediaType = 'application/json') => {
    const at = pointer('paths', path, method, 'responses', String(status), 'content', mediaType, 'schema');
    let validate = compiled.get(at);
    if (!validate) {
      const schema =
        document.paths[path]?.[method]?.responses?.[String(status)]?.content?.[mediaType]?.schema;
      if (typeof schema?.$ref !== 'string') throw new Error(`No schema component at ${at}`);
      validate = ajv.compile({ $ref: `urn:siklus:openapi${schema.$ref}` });
      compiled.set(at, validate);
    }
    return validate;
  };
}

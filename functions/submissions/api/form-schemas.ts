import type { FormDefinition } from '#forms/engine/definition.ts';
import { toJsonSchema } from '#forms/engine/json-schema.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';

/** The JSON Schema (draft 2020-12) of a form version's answers, as `toJsonSchema` writes it. */
export type AnswersSchema = ReturnType<typeof toJsonSchema>;

/** Where the API publishes the answers schema of a form version. */
export const formSchemaPath = (formId: string, version: number) =>
  `/api/forms/${encodeURIComponent(formId)}/schema?version=${version}`;

// A published definition is frozen and never changes, so its schema is written once per language.
const written = new WeakMap<FormDefinition, Partial<Record<Lang, AnswersSchema>>>();

/** The answers schema of a published form version, titled in `lang`; the same object on every call. */
export function answersSchemaOf(definition: FormDefinition, lang: Lang): AnswersSchema {
  const byLang = written.get(definition) ?? {};
  const schema = byLang[lang] ?? toJsonSchema(definition, lang);
  byLang[lang] = schema;
  written.set(definition, byLang);
  return schema;
}

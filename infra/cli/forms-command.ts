import { formCatalog } from '#forms/catalog.ts';
import { answersSchemaOf } from '#functions/submissions/api/form-schemas.ts';
import type { Command } from './commands.ts';
import { langOf } from './local-time.ts';

/** `siklus forms schema`: a form version's answers schema, from the catalog alone (no database). */
export const formsCommand: Command = {
  summary: "Print the JSON Schema of a form version's answers",
  help: `Usage: siklus forms schema <formId> [--version N] [--lang id|en]

Prints the JSON Schema (draft 2020-12) of the answers to a published form version, as
GET /api/forms/<formId>/schema serves it: the latest version unless --version names one, titles
in Bahasa Indonesia unless --lang en. Needs no running engine or database.

Forms: ${formCatalog.ids().join(', ')}

Options:
  --version N    a published version of the form (default: the latest)
  --lang id|en   language of titles and descriptions (default id)`,
  options: {
    version: { type: 'string' },
    lang: { type: 'string', default: 'id' },
  },
  run: async ({ values, positionals }) => {
    const [verb, formId, ...extra] = positionals;
    if (verb !== 'schema' || !formId || extra.length > 0)
      throw new Error(
        "Usage: siklus forms schema <formId> [--version N] [--lang id|en] (see 'siklus forms --help')",
      );
    const version = values.version === undefined ? undefined : Number(values.version);
    if (version !== undefined && !(Number.isInteger(version) && version > 0))
      throw new Error('--version must be a whole number from 1');
    console.log(JSON.stringify(answersSchemaOf(publishedForm(formId, version), langOf(values)), null, 2));
    return 0;
  },
};

/** The published form, its absence said in words that name what there is. */
function publishedForm(formId: string, version: number | undefined) {
  const definition = version === undefined ? formCatalog.latest(formId) : formCatalog.get(formId, version);
  if (definition) return definition;
  const versions = formCatalog.versions(formId);
  throw new Error(
    versions.length > 0
      ? `Form ${formId} has no version ${version}. Published versions: ${versions.join(', ')}`
      : `Unknown form '${formId}'. Forms: ${formCatalog.ids().join(', ')}`,
  );
}

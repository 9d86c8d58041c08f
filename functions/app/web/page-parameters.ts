import * as z from 'zod/mini';
import { pathParameters } from '#functions/app/api/operation-schemas.ts';
import { maxTokenLength } from '#functions/platform/identity/signed-links.ts';
import { langs } from '#functions/platform/text/bilingual.ts';
import { programCodePattern } from '#functions/surveys/survey-limits.ts';

/** The path parameters of pages: the API's own id schemas, and the pages' few of their own. */
const pageParameters: Record<string, z.ZodMiniType> = {
  ...pathParameters,
  /** Its grammar is checked by the signer; here only what could never be a token. */
  token: z.string().check(z.regex(/^[A-Za-z0-9_.-]+$/), z.maxLength(maxTokenLength)),
  lang: z.enum(langs),
  file: z.string().check(z.regex(/^[a-z-]+\.[0-9a-f]{12}\.js$/)),
  proxy: z.string().check(z.maxLength(2048)),
  /** An indicator of the instrument, and the number of one of its finding's photos (1-based). */
  indicator: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/)),
  photo: z.string().check(z.regex(/^[1-9]\d?$/)),
  /** A program's public code in the surveys' links. */
  code: z.string().check(z.regex(programCodePattern)),
};

/** True when every path parameter fits its schema; a parameter no page declares is refused. */
export function pageParametersValid(params: Record<string, string>): boolean {
  return Object.entries(params).every(
    ([name, value]) => pageParameters[name]?.safeParse(value).success === true,
  );
}

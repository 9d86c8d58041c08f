import type { Condition } from './definition.ts';
import type { Field } from './field-types.ts';
import { webUrlSource } from './json-schema-patterns.ts';
import { characterCount, DEFAULT_URL_MAX_LENGTH, webUrl } from './value-checks.ts';

/** Where an answer sits: its field, and the fields of its scope (the top level or one group item). */
export interface AnswerPlace {
  readonly field: Field;
  readonly scope: readonly Field[];
}

/**
 * A documented case where `toJsonSchema` cannot state what `validateAnswers` checks. Every case
 * makes the schema accept more, never less: whatever the engine accepts, and whatever it returns,
 * the schema accepts.
 */
export interface SchemaApproximation {
  readonly id: string;
  /** What the schema accepts that the engine refuses, and why it cannot say more. */
  readonly why: string;
  /** Whether `value`, the answer at `place`, is a case of this approximation. */
  readonly recognizes: (value: unknown, place: AnswerPlace) => boolean;
}

const urlParts = {
  http: new RegExp(webUrlSource(true, true), 'u'),
  https: new RegExp(webUrlSource(false, true), 'u'),
};

function badHost(value: unknown, { field }: AnswerPlace): boolean {
  if (field.type !== 'url' || typeof value !== 'string') return false;
  const allowHttp = field.allowHttp === true;
  const groups = (allowHttp ? urlParts.http : urlParts.https).exec(value)?.groups;
  if (groups === undefined) return false;
  // The host alone is at fault: the same address with a plain host is accepted.
  const plain = `${groups.before}example.id${groups.after}`;
  return URL.parse(`https://${groups.host}/`) === null && webUrl(plain, allowHttp) !== undefined;
}

function longOnceNormalized(value: unknown, { field }: AnswerPlace): boolean {
  if (field.type !== 'url' || typeof value !== 'string') return false;
  const max = field.maxLength ?? DEFAULT_URL_MAX_LENGTH;
  const href = webUrl(value, field.allowHttp === true);
  return href !== undefined && characterCount(value) <= max && characterCount(href) > max;
}

function named(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(named);
  if ('any' in condition) return condition.any.flatMap(named);
  if ('not' in condition) return named(condition.not);
  return [condition.field];
}

function dependsOutside(_value: unknown, { field, scope }: AnswerPlace): boolean {
  const conditions = [field.visibleWhen, typeof field.required === 'object' ? field.required : undefined];
  const ids = new Set(scope.map((f) => f.id));
  return conditions.some((c) => c !== undefined && named(c).some((id) => !ids.has(id)));
}

/** Every case where the exported schema accepts an answer that the engine refuses. */
export const schemaApproximations: readonly SchemaApproximation[] = [
  {
    id: 'url-host',
    why:
      'A web address whose host the WHATWG URL parser refuses once it has percent-decoded it, mapped it ' +
      'by IDNA (UTS #46) or read it as an IPv4 or IPv6 address (https://1.2.3.256/, https://a.1/, ' +
      'https://a%zz.id/): a regular expression can only check which characters a host holds.',
    recognizes: badHost,
  },
  {
    id: 'url-normalized-length',
    why:
      'A web address that fits maxLength as typed but not once normalized (percent-encoding, IDNA and ' +
      'a final slash make it longer): the engine stores the normalized form, the schema sees the typed one.',
    recognizes: longOnceNormalized,
  },
  {
    id: 'outer-condition',
    why:
      'An answer in a group item whose visibility or requirement depends on an answer outside that ' +
      'item: JSON Schema cannot look from an item up to the top level, so the rule is left out.',
    recognizes: dependsOutside,
  },
];

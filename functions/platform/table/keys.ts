/**
 * The single table's keys: each part of the cycle builds those of its own items, and lists their
 * access patterns (each served by GetItem or Query, never Scan), in its `keys.ts`
 * (`functions/<part>/keys.ts`, the platform's in `platform/identity/keys.ts` and
 * `platform/audit/keys.ts`, the embedded scheduler's in `infra/local/schedule-keys.ts`).
 *
 * A paged Query hands out its last key as an opaque cursor (see cursor.ts); each part's
 * `pageKeyShapes` says what key a cursor of its paged queries may name.
 */

export interface Key {
  pk: string;
  sk: string;
}

/** Ids as the directory makes them: lowercase letters, digits and dashes (`dinas-kesehatan`). */
export const slug = '[a-z0-9][a-z0-9-]{0,62}';

/** `text` as a regular expression that matches it literally. */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

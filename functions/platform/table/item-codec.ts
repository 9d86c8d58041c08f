import { type KeyAttribute, keyAttributes } from './table-schema.ts';

/*
 * How a value becomes an item and back. An item is the value's attributes plus where it lives
 * (its table and index keys) and what it is (`type`, which tells apart the kinds a listing mixes);
 * reading it back drops both, so no key ever reaches a caller or a response.
 */

/** The keys an item is stored under: the table key, and the index keys of the listings it is on. */
export type ItemKeys = { pk: string; sk: string } & Partial<Record<KeyAttribute, string>>;

/** The attribute that names the kind of an item (`Draft`, `Obligation`, `AuditEvent`). */
export const typeAttribute = 'type';

const notValue = new Set<string>([...keyAttributes, typeAttribute]);

/** The item that stores `value` under `itemKeys` as a `type`. */
export function itemOf<V extends object>(
  itemKeys: ItemKeys,
  type: string,
  value: V,
): ItemKeys & { type: string } & V {
  return { ...itemKeys, [typeAttribute]: type, ...value } as ItemKeys & { type: string } & V;
}

/** The value an item stores: the item without any key attribute of the table or its indexes, nor its type. */
export function valueOfItem<T>(item: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(item).filter(([name]) => !notValue.has(name))) as T;
}

/**
 * The shape of the single Siklus table. CDK (`infra/aws/stacks/data-stack.ts`) and the
 * embedded runtime (`infra/local/create-table.ts`) both build the table from this object,
 * so the two can never disagree.
 */
export const tableSchema = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds; DynamoDB deletes the item some time after. Expiry is always checked on read too. */
  ttlAttribute: 'expiresAt',
  /** Sparse: only items that carry both attributes appear in the index. */
  indexes: [{ name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' }],
} as const;

export type IndexName = (typeof tableSchema.indexes)[number]['name'];

/** The index every listing queries (`IndexName` of a Query), named here only. */
export const gsi1: IndexName = tableSchema.indexes[0].name;

/** An attribute of a key of the table or of an index: where an item is, never part of its value. */
export type KeyAttribute =
  | typeof tableSchema.partitionKey
  | typeof tableSchema.sortKey
  | (typeof tableSchema.indexes)[number]['partitionKey' | 'sortKey'];

/** Every key attribute of the table and its indexes. */
export const keyAttributes: readonly KeyAttribute[] = [
  tableSchema.partitionKey,
  tableSchema.sortKey,
  ...tableSchema.indexes.flatMap((index) => [index.partitionKey, index.sortKey]),
];

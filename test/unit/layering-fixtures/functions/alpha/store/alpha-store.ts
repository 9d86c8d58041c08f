import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Entry } from '../model.ts';

/** The store's interface, which domain code may name. */
export interface AlphaStore {
  get(id: string): Promise<Entry>;
}

/** Allowed: a store is the adapter, it may use the AWS SDK. */
export function createAlphaStore(region: string): AlphaStore {
  const client = new DynamoDBClient({ region });
  return { get: async (id) => ({ id, total: client.config.maxAttempts === undefined ? 0 : 1 }) };
}

import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ensureTable } from '#infra/local/create-table.ts';
import { createDynamoClients } from '#infra/local/dynamodb-client.ts';
import { startDynamoDbLocal } from '#infra/local/dynamodb-local.ts';
import { localTableName } from '#infra/local/engine.ts';
import { clearEngine, recordEngine, runningEngine } from '#infra/local/engine-lock.ts';
import type { StateDir } from '#infra/local/paths.ts';

export interface Database {
  client: DynamoDBClient;
  documentClient: DynamoDBDocumentClient;
  tableName: string;
  /** Whether the database belongs to a running engine (`npm start`) rather than to this command. */
  attached: boolean;
}

/**
 * Gives a CLI command the embedded database: the running engine's when there is one (never a
 * second DynamoDB Local on the same folder), or one started for the command's duration, during
 * which the folder is marked as taken so that `npm start` waits its turn.
 */
export async function withDatabase<T>(dirs: StateDir, work: (db: Database) => Promise<T>): Promise<T> {
  const engine = runningEngine(dirs.engineFile);
  if (engine) {
    const clients = createDynamoClients(engine.dynamoEndpoint);
    try {
      return await work({ ...clients, tableName: engine.tableName, attached: true });
    } finally {
      clients.client.destroy();
    }
  }
  const dynamo = await startDynamoDbLocal({ path: dirs.dynamodb });
  recordEngine(dirs.engineFile, {
    pid: process.pid,
    httpUrl: null,
    dynamoEndpoint: dynamo.endpoint,
    dynamoPid: dynamo.pid,
    tableName: localTableName,
  });
  const clients = createDynamoClients(dynamo.endpoint);
  try {
    await ensureTable(clients.client, localTableName);
    return await work({ ...clients, tableName: localTableName, attached: false });
  } finally {
    clients.client.destroy();
    await dynamo.stop();
    clearEngine(dirs.engineFile, process.pid);
  }
}

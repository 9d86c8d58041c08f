import { randomUUID } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { ensureTable } from '#infra/local/create-table.ts';
import { createDynamoClients } from '#infra/local/dynamodb-client.ts';

/**
 * A fresh table, built from the real schema, in the run's DynamoDB Local.
 * `dump()` returns every item, sorted, so a test can prove that nothing changed.
 */
export async function createTestTable() {
  const { client, documentClient } = createDynamoClients(inject('dynamoEndpoint'));
  const tableName = `test-${randomUUID()}`;
  await ensureTable(client, tableName);
  const dump = async () => {
    // A test helper only: request and workflow paths never scan. Every page, so a large table
    // is compared whole.
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await documentClient.send(
        new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey: start }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items.sort((a, b) => `${a.pk}|${a.sk}`.localeCompare(`${b.pk}|${b.sk}`));
  };
  return { client, documentClient, tableName, dump };
}

import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** Request units DynamoDB on demand would bill, counted from the commands a client sends. */
export interface DynamoUsage {
  calls: number;
  writeUnits: number;
  readUnits: number;
  /** Calls for the local scheduler's items, which EventBridge Scheduler holds on AWS: not billed as DynamoDB. */
  schedulerCalls: number;
}

const isScheduleItem = (input: Record<string, any>) =>
  JSON.stringify(
    input.Key ?? input.Item ?? input.ExpressionAttributeValues ?? input.RequestItems ?? '',
  ).includes('SCHEDULE');

/**
 * Counts the commands of a document client, approximating their request units: 1 per item
 * written (2 inside a transaction), 1 per strongly consistent read, 0.5 per eventually consistent
 * one, and for queries 0.5 per item returned (small items, many per 4 KB; at least 0.5 a call).
 */
export function countDynamoUsage(client: DynamoDBDocumentClient): DynamoUsage {
  const usage: DynamoUsage = { calls: 0, writeUnits: 0, readUnits: 0, schedulerCalls: 0 };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as Record<string, any>;
      const result = await next(args);
      if (isScheduleItem(input)) {
        usage.schedulerCalls++;
        return result;
      }
      usage.calls++;
      const name = context.commandName ?? '';
      if (/^(Put|Update|Delete)/.test(name)) usage.writeUnits += 1;
      if (name.startsWith('TransactWrite')) usage.writeUnits += 2 * (input.TransactItems?.length ?? 0);
      if (name.startsWith('BatchWrite')) {
        usage.writeUnits += Object.values(input.RequestItems ?? {}).reduce(
          (n: number, items: any) => n + items.length,
          0,
        );
      }
      if (name.startsWith('Get')) usage.readUnits += input.ConsistentRead ? 1 : 0.5;
      if (name.startsWith('Query')) {
        const items = ((result.output as { Items?: unknown[] }).Items ?? []).length;
        usage.readUnits += Math.max(0.5, items * 0.5);
      }
      return result;
    },
    { step: 'initialize', name: 'siklusUsage' },
  );
  return usage;
}

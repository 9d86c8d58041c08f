import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { classifyError } from '#functions/platform/lambda/errors.ts';

/** Runs a table call, turning throttling and unavailability into `TransientError` (workflows retry those). */
export async function dynamoCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw classifyError(error);
  }
}

/** Every page of a Query, handed over one page at a time (so nothing holds more than a page). */
export async function queryPages(
  db: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey'>,
  onPage: (items: Record<string, unknown>[]) => void,
): Promise<void> {
  let cursor: Record<string, unknown> | undefined;
  do {
    const page = await dynamoCall(() => db.send(new QueryCommand({ ...input, ExclusiveStartKey: cursor })));
    onPage(page.Items ?? []);
    cursor = page.LastEvaluatedKey;
  } while (cursor);
}

/** Why a transaction was cancelled, one code per item in order (`ConditionalCheckFailed`, `None`, ...). */
export function cancellationReasons(error: unknown): (string | undefined)[] {
  return error instanceof TransactionCanceledException
    ? (error.CancellationReasons ?? []).map((r) => r.Code)
    : [];
}

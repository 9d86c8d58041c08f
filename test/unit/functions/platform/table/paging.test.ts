import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { indexKeys, keys, pageKeyShapes } from '#functions/obligations/keys.ts';
import { TransientError } from '#functions/platform/lambda/errors.ts';
import { encodeCursor, InvalidCursorError } from '#functions/platform/table/cursor.ts';
import { queryAll, queryPage, queryPages } from '#functions/platform/table/paging.ts';

const dynamo = mockClient(DynamoDBDocumentClient);
const db = dynamo as unknown as DynamoDBDocumentClient;
const input = {
  TableName: 'table',
  IndexName: 'gsi1',
  KeyConditionExpression: 'gsi1pk = :pk',
  ExpressionAttributeValues: { ':pk': indexKeys.cycleObligations('jambi', 2026).gsi1pk },
};
const shape = pageKeyShapes.cycleObligations('jambi', 2026);
const lastKey = {
  ...keys.obligation('jambi.2026.dinas-kesehatan.innovation-report'),
  ...indexKeys.cycleObligation('jambi', 2026, '2026-10-30', 'dinas-kesehatan', 'innovation-report'),
};

describe('queryPage', () => {
  beforeEach(() => dynamo.reset());

  it('hands out the last key as an opaque cursor, and starts the next page after it', async () => {
    // Prepare
    dynamo
      .on(QueryCommand)
      .resolvesOnce({ Items: [{ a: 1 }], LastEvaluatedKey: lastKey })
      .resolvesOnce({ Items: [{ a: 2 }] });

    // Act
    const first = await queryPage(db, input, { limit: 1, shape });
    const second = await queryPage(db, input, { limit: 1, cursor: first.cursor, shape });

    // Assess
    expect(first).toEqual({ items: [{ a: 1 }], cursor: encodeCursor(lastKey) });
    expect(first.cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(second).toEqual({ items: [{ a: 2 }] });
    const [call1, call2] = dynamo.commandCalls(QueryCommand).map((call) => call.args[0].input);
    expect(call1).toEqual({ ...input, Limit: 1 });
    expect(call2).toEqual({ ...input, Limit: 1, ExclusiveStartKey: lastKey });
  });

  it.each([
    ['not base64url', 'a+b'],
    ['not JSON', 'bm90LWpzb24'],
    ['a key of another city', encodeCursor({ ...lastKey, gsi1pk: 'CITY#palembang#CYCLE#2026#OBL' })],
  ])('refuses a cursor that is %s, before reading anything', async (_, cursor) => {
    // Act
    const page = queryPage(db, input, { limit: 1, cursor, shape });

    // Assess
    await expect(page).rejects.toBeInstanceOf(InvalidCursorError);
    expect(dynamo.commandCalls(QueryCommand)).toHaveLength(0);
  });

  it('turns throttling into a TransientError', async () => {
    // Prepare
    dynamo.on(QueryCommand).rejects(Object.assign(new Error('slow down'), { name: 'ThrottlingException' }));

    // Act
    const page = queryPage(db, input, { limit: 1, shape });

    // Assess
    await expect(page).rejects.toBeInstanceOf(TransientError);
  });
});

describe('queryPages and queryAll', () => {
  beforeEach(() => dynamo.reset());

  it('follows every page to the last, one page at a time', async () => {
    // Prepare
    dynamo
      .on(QueryCommand)
      .resolvesOnce({ Items: [{ a: 1 }, { a: 2 }], LastEvaluatedKey: lastKey })
      .resolvesOnce({ Items: [{ a: 3 }] });
    const pages: unknown[] = [];

    // Act
    await queryPages(db, input, (items) => pages.push(items));

    // Assess
    expect(pages).toEqual([[{ a: 1 }, { a: 2 }], [{ a: 3 }]]);
    const starts = dynamo.commandCalls(QueryCommand).map((call) => call.args[0].input.ExclusiveStartKey);
    expect(starts).toEqual([undefined, lastKey]);
  });

  it('collects every item of every page', async () => {
    // Prepare
    dynamo
      .on(QueryCommand)
      .resolvesOnce({ Items: [{ a: 1 }], LastEvaluatedKey: lastKey })
      .resolvesOnce({});

    // Act
    const items = await queryAll(db, input);

    // Assess
    expect(items).toEqual([{ a: 1 }]);
  });
});

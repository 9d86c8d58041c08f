import { type DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { decodeCursor, encodeCursor, type KeyShape } from './cursor.ts';
import { tableCall } from './table-call.ts';

/*
 * Every Query that may span pages goes through here: the table's last key never leaves as it is
 * (a page hands out an opaque cursor, checked on the way back), and a read of everything follows
 * every page rather than stopping at the first 1 MB.
 */

type Item = Record<string, unknown>;

export interface Page {
  items: Item[];
  /** Where the next page starts; absent on the last page. */
  cursor?: string;
}

export interface PageRequest {
  limit: number;
  /** A cursor an earlier page of the same query handed out; without it, the first page. */
  cursor?: string | undefined;
  /** The key a cursor of this query must name (see `pageKeyShapes`). */
  shape: KeyShape;
}

/**
 * One page of a Query, and the cursor of the next.
 * @throws InvalidCursorError when `cursor` is not one this query handed out; nothing is read then.
 */
export async function queryPage(
  db: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey' | 'Limit'>,
  { limit, cursor, shape }: PageRequest,
): Promise<Page> {
  const start = cursor === undefined ? undefined : decodeCursor(cursor, shape);
  const page = await tableCall(() =>
    db.send(new QueryCommand({ ...input, Limit: limit, ...(start ? { ExclusiveStartKey: start } : {}) })),
  );
  const last = page.LastEvaluatedKey;
  return { items: page.Items ?? [], ...(last ? { cursor: encodeCursor(last) } : {}) };
}

/** Every page of a Query, handed over one page at a time (so nothing holds more than a page). */
export async function queryPages(
  db: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey'>,
  onPage: (items: Item[]) => void,
): Promise<void> {
  let start: Item | undefined;
  do {
    const page = await tableCall(() =>
      db.send(new QueryCommand({ ...input, ...(start ? { ExclusiveStartKey: start } : {}) })),
    );
    onPage(page.Items ?? []);
    start = page.LastEvaluatedKey;
  } while (start);
}

/** Every item a Query finds, over all its pages: for listings known to stay small (an OPD's people). */
export async function queryAll(
  db: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey'>,
): Promise<Item[]> {
  const items: Item[] = [];
  await queryPages(db, input, (page) => items.push(...page));
  return items;
}

import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { City, Cycle, Opd } from '#functions/obligations/model.ts';
import { dynamoCall } from '#functions/platform/table/dynamo-call.ts';
import { keys } from '#functions/platform/table/keys.ts';

export interface OpdPage {
  opds: Opd[];
  /** Where the next page starts; absent on the last page. */
  cursor?: string;
}

/** Cities and their OPDs. Putting the same city or OPD twice changes nothing. */
export interface DirectoryStore {
  putCity(city: City): Promise<void>;
  getCity(city: string): Promise<City | undefined>;
  putOpd(opd: Opd): Promise<void>;
  getOpd(city: string, opd: string): Promise<Opd | undefined>;
  /** One page of a city's OPDs, in id order: workflows page through them, never loading all. */
  opdPage(city: string, limit: number, cursor?: string): Promise<OpdPage>;
  putCycle(cycle: Cycle): Promise<void>;
  getCycle(city: string, year: number): Promise<Cycle | undefined>;
}

const strip = <T>(item: Record<string, unknown>): T => {
  const { pk: _pk, sk: _sk, type: _type, ...rest } = item;
  return rest as T;
};

export function createDirectoryStore(db: DynamoDBDocumentClient, tableName: string): DirectoryStore {
  return {
    putCity: (city) =>
      dynamoCall(async () => {
        await db.send(
          new PutCommand({ TableName: tableName, Item: { ...keys.city(city.city), type: 'City', ...city } }),
        );
      }),
    getCity: (city) =>
      dynamoCall(async () => {
        const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.city(city) }));
        return Item ? strip<City>(Item) : undefined;
      }),
    putOpd: (opd) =>
      dynamoCall(async () => {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keys.opd(opd.city, opd.opd), type: 'Opd', ...opd },
          }),
        );
      }),
    getOpd: (city, opd) =>
      dynamoCall(async () => {
        const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.opd(city, opd) }));
        return Item ? strip<Opd>(Item) : undefined;
      }),
    putCycle: (cycle) =>
      dynamoCall(async () => {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keys.cycle(cycle.city, cycle.year), type: 'Cycle', ...cycle },
          }),
        );
      }),
    getCycle: (city, year) =>
      dynamoCall(async () => {
        const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.cycle(city, year) }));
        return Item ? strip<Cycle>(Item) : undefined;
      }),
    opdPage: (city, limit, cursor) =>
      dynamoCall(async () => {
        const { pk, skPrefix } = keys.opdsPrefix(city);
        const page = await db.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
            Limit: limit,
            ...(cursor ? { ExclusiveStartKey: { pk, sk: `${skPrefix}${cursor}` } } : {}),
          }),
        );
        const opds = (page.Items ?? []).map((item) => strip<Opd>(item));
        const last = page.LastEvaluatedKey?.sk;
        return { opds, ...(typeof last === 'string' ? { cursor: last.slice(skPrefix.length) } : {}) };
      }),
  };
}

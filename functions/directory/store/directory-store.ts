import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { keys, pageKeyShapes } from '#functions/directory/keys.ts';
import type { City, Opd } from '#functions/directory/model.ts';
import type { DirectoryStore } from '#functions/directory/stores.ts';
import { type ItemKeys, itemOf, valueOfItem } from '#functions/platform/table/item-codec.ts';
import type { Key } from '#functions/platform/table/keys.ts';
import { queryPage } from '#functions/platform/table/paging.ts';
import { tableCall } from '#functions/platform/table/table-call.ts';

export function createDirectoryStore(db: DynamoDBDocumentClient, tableName: string): DirectoryStore {
  const put = (itemKeys: ItemKeys, type: string, value: object) =>
    tableCall(async () => {
      await db.send(new PutCommand({ TableName: tableName, Item: itemOf(itemKeys, type, value) }));
    });
  const get = <T>(key: Key) =>
    tableCall(async () => {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: key }));
      return Item ? valueOfItem<T>(Item) : undefined;
    });
  return {
    putCity: (city) => put(keys.city(city.city), 'City', city),
    getCity: (city) => get<City>(keys.city(city)),
    putOpd: (opd) => put(keys.opd(opd.city, opd.opd), 'Opd', opd),
    getOpd: (city, opd) => get<Opd>(keys.opd(city, opd)),
    opdPage: async (city, limit, cursor) => {
      const { pk, skPrefix } = keys.opdsPrefix(city);
      const page = await queryPage(
        db,
        {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
        },
        { limit, cursor, shape: pageKeyShapes.cityOpds(city) },
      );
      return {
        opds: page.items.map((item) => valueOfItem<Opd>(item)),
        ...(page.cursor ? { cursor: page.cursor } : {}),
      };
    },
  };
}

import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { City, Cycle, Opd } from '#functions/obligations/model.ts';
import { type ItemKeys, itemOf, valueOfItem } from '#functions/platform/table/item-codec.ts';
import { type Key, keys, pageKeyShapes } from '#functions/platform/table/keys.ts';
import { queryPage } from '#functions/platform/table/paging.ts';
import { tableCall } from '#functions/platform/table/table-call.ts';

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
  /**
   * One page of a city's OPDs, in id order: workflows page through them, never loading all.
   * @throws InvalidCursorError for a cursor that no page of this city's OPDs handed out.
   */
  opdPage(city: string, limit: number, cursor?: string): Promise<OpdPage>;
  putCycle(cycle: Cycle): Promise<void>;
  getCycle(city: string, year: number): Promise<Cycle | undefined>;
}

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
    putCycle: (cycle) => put(keys.cycle(cycle.city, cycle.year), 'Cycle', cycle),
    getCycle: (city, year) => get<Cycle>(keys.cycle(city, year)),
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

import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '#functions/obligations/keys.ts';
import type { Cycle } from '#functions/obligations/model.ts';
import { itemOf, valueOfItem } from '#functions/platform/table/item-codec.ts';
import { tableCall } from '#functions/platform/table/table-call.ts';

/** The cycles of a city, one per year. Putting the same cycle twice changes nothing. */
export interface CycleStore {
  putCycle(cycle: Cycle): Promise<void>;
  getCycle(city: string, year: number): Promise<Cycle | undefined>;
}

export function createCycleStore(db: DynamoDBDocumentClient, tableName: string): CycleStore {
  return {
    putCycle: (cycle) =>
      tableCall(async () => {
        const item = itemOf(keys.cycle(cycle.city, cycle.year), 'Cycle', cycle);
        await db.send(new PutCommand({ TableName: tableName, Item: item }));
      }),
    getCycle: (city, year) =>
      tableCall(async () => {
        const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.cycle(city, year) }));
        return Item ? valueOfItem<Cycle>(Item) : undefined;
      }),
  };
}

import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { PeopleStore, Person } from '#functions/directory/stores.ts';
import { itemOf, valueOfItem } from '#functions/platform/table/item-codec.ts';
import { indexKeys, keys } from '#functions/platform/table/keys.ts';
import { queryAll } from '#functions/platform/table/paging.ts';
import { tableCall } from '#functions/platform/table/table-call.ts';
import { gsi1 } from '#functions/platform/table/table-schema.ts';

export function createPeopleStore(db: DynamoDBDocumentClient, tableName: string): PeopleStore {
  return {
    get: (city, personId) =>
      tableCall(async () => {
        const { Item } = await db.send(
          new GetCommand({ TableName: tableName, Key: keys.person(city, personId) }),
        );
        return Item ? valueOfItem<Person>(Item) : undefined;
      }),
    ofOpd: async (city, opd, role) => {
      const items = await queryAll(db, {
        TableName: tableName,
        IndexName: gsi1,
        KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :role)',
        ExpressionAttributeValues: { ':pk': indexKeys.opdPeople(city, opd).gsi1pk, ':role': `${role}#` },
      });
      return items.map((item) => valueOfItem<Person>(item));
    },
    put: (person) => {
      const index = person.opd
        ? indexKeys.opdPerson(person.city, person.opd, person.role, person.personId)
        : {};
      return tableCall(async () => {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: itemOf({ ...keys.person(person.city, person.personId), ...index }, 'Person', person),
          }),
        );
      });
    },
  };
}

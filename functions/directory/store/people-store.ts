import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { indexKeys } from '#functions/directory/keys.ts';
import type { PeopleStore, Person } from '#functions/directory/stores.ts';
import { keys as identityKeys } from '#functions/platform/identity/keys.ts';
import { itemOf, valueOfItem } from '#functions/platform/table/item-codec.ts';
import { queryAll } from '#functions/platform/table/paging.ts';
import { tableCall } from '#functions/platform/table/table-call.ts';
import { gsi1 } from '#functions/platform/table/table-schema.ts';

export function createPeopleStore(db: DynamoDBDocumentClient, tableName: string): PeopleStore {
  return {
    get: (city, personId) =>
      tableCall(async () => {
        const { Item } = await db.send(
          new GetCommand({ TableName: tableName, Key: identityKeys.person(city, personId) }),
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
            Item: itemOf(
              { ...identityKeys.person(person.city, person.personId), ...index },
              'Person',
              person,
            ),
          }),
        );
      });
    },
  };
}

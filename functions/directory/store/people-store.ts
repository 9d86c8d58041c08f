import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { indexKeys } from '#functions/directory/keys.ts';
import type { PeopleStore, Person } from '#functions/directory/stores.ts';
import { keys as identityKeys } from '#functions/platform/identity/keys.ts';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { itemOf, valueOfItem } from '#functions/platform/table/item-codec.ts';
import { queryAll } from '#functions/platform/table/paging.ts';
import { tableCall } from '#functions/platform/table/table-call.ts';
import { gsi1 } from '#functions/platform/table/table-schema.ts';

/**
 * The one gsi1 entry of a person: an evaluator is on the city's evaluators, a person of an OPD
 * role on that OPD's people, an admin on neither.
 * @throws InvalidInputError for an evaluator with an `opd`: that would let their token act for it.
 */
function indexOf(person: Person) {
  if (person.role === 'evaluator') {
    if (person.opd !== undefined) {
      throw new InvalidInputError('An evaluator acts for no OPD: the OPD they work at is their staffOf');
    }
    return indexKeys.evaluator(person.city, person.personId);
  }
  return person.opd ? indexKeys.opdPerson(person.city, person.opd, person.role, person.personId) : {};
}

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
    evaluators: async (city) => {
      const items = await queryAll(db, {
        TableName: tableName,
        IndexName: gsi1,
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': indexKeys.evaluators(city).gsi1pk },
      });
      return items.map((item) => valueOfItem<Person>(item));
    },
    put: async (person) => {
      const index = indexOf(person);
      await tableCall(async () => {
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

import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Role } from '#functions/platform/identity/identity.ts';
import { itemOf, valueOfItem } from '#functions/platform/table/item-codec.ts';
import { indexKeys, keys } from '#functions/platform/table/keys.ts';
import { queryAll } from '#functions/platform/table/paging.ts';
import { tableCall } from '#functions/platform/table/table-call.ts';
import { gsi1 } from '#functions/platform/table/table-schema.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';

/** A person of a city, as reminders and links need them. */
export interface Person {
  city: string;
  personId: string;
  name: string;
  email: string;
  role: Role;
  opd?: string;
  language: Lang;
}

export interface PeopleStore {
  get(city: string, personId: string): Promise<Person | undefined>;
  /** The current people of an OPD holding `role` (all operators get reminders; the head, escalations). */
  ofOpd(city: string, opd: string, role: Role): Promise<Person[]>;
  /** Creates or replaces a person; the same person put twice changes nothing. */
  put(person: Person): Promise<void>;
}

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

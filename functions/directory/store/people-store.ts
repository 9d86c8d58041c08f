import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Role } from '#functions/platform/identity/identity.ts';
import { classifyError } from '#functions/platform/lambda/errors.ts';
import { indexKeys, keys } from '#functions/platform/table/keys.ts';

/** A person of a city, as reminders and links need them. */
export interface Person {
  city: string;
  personId: string;
  name: string;
  email: string;
  role: Role;
  opd?: string;
  language: 'id' | 'en';
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
    get: async (city, personId) => {
      try {
        const { Item } = await db.send(
          new GetCommand({ TableName: tableName, Key: keys.person(city, personId) }),
        );
        if (!Item) return undefined;
        return toPerson(Item);
      } catch (error) {
        throw classifyError(error);
      }
    },
    ofOpd: async (city, opd, role) => {
      try {
        const { Items = [] } = await db.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: 'gsi1',
            KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :role)',
            ExpressionAttributeValues: { ':pk': indexKeys.opdPeople(city, opd).gsi1pk, ':role': `${role}#` },
          }),
        );
        return Items.map(toPerson);
      } catch (error) {
        throw classifyError(error);
      }
    },
    put: async (person) => {
      const index = person.opd
        ? indexKeys.opdPerson(person.city, person.opd, person.role, person.personId)
        : {};
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keys.person(person.city, person.personId), ...index, type: 'Person', ...person },
          }),
        );
      } catch (error) {
        throw classifyError(error);
      }
    },
  };
}

function toPerson(item: Record<string, unknown>): Person {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, type: _type, ...person } = item;
  return person as unknown as Person;
}

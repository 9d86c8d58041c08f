import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Role } from '#functions/auth/identity.ts';
import { classifyError } from '#functions/shared/errors.ts';
import { keys } from './keys.ts';

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
        const { pk: _pk, sk: _sk, type: _type, ...person } = Item;
        return person as Person;
      } catch (error) {
        throw classifyError(error);
      }
    },
    put: async (person) => {
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keys.person(person.city, person.personId), type: 'Person', ...person },
          }),
        );
      } catch (error) {
        throw classifyError(error);
      }
    },
  };
}

import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { indexKeys } from '#functions/directory/keys.ts';
import { createPeopleStore } from '#functions/directory/store/people-store.ts';
import type { Person } from '#functions/directory/stores.ts';
import { keys } from '#functions/platform/identity/keys.ts';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';

const dynamo = mockClient(DynamoDBDocumentClient);
const store = createPeopleStore(dynamo as unknown as DynamoDBDocumentClient, 'table');

const person = (personId: string, overrides: Partial<Person> = {}): Person => ({
  city: 'jambi',
  personId,
  name: personId,
  email: `${personId}@example.org`,
  role: 'evaluator',
  language: 'id',
  ...overrides,
});

/** A person as the table holds it: keys, type and value. */
const item = (value: Person) => ({
  ...keys.person(value.city, value.personId),
  ...indexKeys.evaluator(value.city, value.personId),
  type: 'Person',
  ...value,
});

describe('the people store', () => {
  beforeEach(() => dynamo.reset());

  it("reads a city's evaluators by one index query, following every page", async () => {
    // Prepare
    const lead = person('evaluator', { lead: true });
    const staff = person('evaluator-bappeda', { staffOf: 'bappeda' });
    const lastKey = { ...keys.person('jambi', 'evaluator'), ...indexKeys.evaluator('jambi', 'evaluator') };
    dynamo
      .on(QueryCommand)
      .resolvesOnce({ Items: [item(lead)], LastEvaluatedKey: lastKey })
      .resolvesOnce({ Items: [item(staff)] });

    // Act
    const evaluators = await store.evaluators('jambi');

    // Assess
    expect(evaluators).toEqual([lead, staff]);
    const calls = dynamo.commandCalls(QueryCommand).map((call) => call.args[0].input);
    const query = {
      TableName: 'table',
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': 'CITY#jambi#EVALUATORS' },
    };
    expect(calls).toEqual([query, { ...query, ExclusiveStartKey: lastKey }]);
  });

  it.each([
    [
      'an evaluator on the city’s evaluators',
      person('ev', { staffOf: 'bappeda', conflicts: ['bpbd'] }),
      { gsi1pk: 'CITY#jambi#EVALUATORS', gsi1sk: 'ev' },
    ],
    [
      'an operator on the OPD’s people',
      person('op', { role: 'opd-operator', opd: 'bappeda' }),
      { gsi1pk: 'CITY#jambi#OPD#bappeda#PEOPLE', gsi1sk: 'opd-operator#op' },
    ],
    ['an admin on no listing', person('ad', { role: 'admin' }), {}],
  ])('puts %s', async (_, value, index) => {
    // Prepare
    dynamo.on(PutCommand).resolves({});

    // Act
    await store.put(value);

    // Assess
    const [put] = dynamo.commandCalls(PutCommand).map((call) => call.args[0].input);
    expect(put).toEqual({
      TableName: 'table',
      Item: { ...keys.person('jambi', value.personId), ...index, type: 'Person', ...value },
    });
  });

  it('refuses an evaluator with an OPD, whose token would act for it, and writes nothing', async () => {
    // Act
    const put = store.put(person('ev', { opd: 'bappeda' }));

    // Assess
    await expect(put).rejects.toBeInstanceOf(InvalidInputError);
    expect(dynamo.commandCalls(PutCommand)).toHaveLength(0);
  });
});

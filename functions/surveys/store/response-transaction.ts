import type { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { impactItems } from '#forms/surveys/impact-questionnaire.form.ts';
import { rateCounterHit } from '#functions/platform/identity/rate-limit-store.ts';
import { itemOf } from '#functions/platform/table/item-codec.ts';
import { keys } from '../keys.ts';
import type { ResponseWrite } from '../stores.ts';

/**
 * The writes of one response, in the order `cancellationReasons` names them: the response (only
 * if new), its program's counts (only if the program exists), for a citizen its district's
 * counts, its device (only if new), then a counter per limit (only while below it); and where the
 * device and the counters stand in that order.
 */
export function responseTransaction(tableName: string, write: ResponseWrite, now: Date) {
  const { response, device, limits, adds } = write;
  const program = keys.program(response.code);
  const writes: NonNullable<TransactWriteCommand['input']['TransactItems']> = [
    {
      Put: {
        TableName: tableName,
        Item: itemOf(
          keys.response(response.code, response.form, response.responseId),
          'SurveyResponse',
          response,
        ),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  ];
  if (adds.form === 'impact-questionnaire') {
    const names: Record<string, string> = {};
    const values: Record<string, number> = { ':one': 1, ':assisted': adds.assisted ? 1 : 0 };
    const sums = impactItems.map((item, i) => {
      names[`#i${i}`] = item;
      values[`:i${i}`] = adds.items[item] ?? 0;
      return `sums.#i${i} :i${i}`;
    });
    writes.push({
      Update: {
        TableName: tableName,
        Key: program,
        UpdateExpression: `ADD responses :one, assisted :assisted, ${sums.join(', ')}`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    });
  } else {
    writes.push({
      Update: {
        TableName: tableName,
        Key: program,
        UpdateExpression: 'ADD citizens :one',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':one': 1 },
      },
    });
    writes.push({
      Update: {
        TableName: tableName,
        Key: keys.tally(response.code, adds.district),
        UpdateExpression:
          'ADD responses :one, aware :aware, used :used, rated :rated, satisfactionSum :sum SET #type = :type, district = :district',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: {
          ':one': 1,
          ':aware': adds.aware ? 1 : 0,
          ':used': adds.used ? 1 : 0,
          ':rated': adds.satisfaction === undefined ? 0 : 1,
          ':sum': adds.satisfaction ?? 0,
          ':type': 'CitizenTally',
          ':district': adds.district,
        },
      },
    });
  }
  if (device !== undefined)
    writes.push({
      Put: {
        TableName: tableName,
        Item: itemOf(keys.device(response.code, response.form, device), 'SurveyDevice', {
          responseId: response.responseId,
        }),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    });
  const limitsFrom = writes.length;
  for (const limit of limits) writes.push({ Update: rateCounterHit(tableName, limit, now) });
  return { writes, device: device === undefined ? -1 : limitsFrom - 1, limitsFrom };
}

import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { impactItems } from '#forms/surveys/impact-questionnaire.form.ts';
import { transactWithAudit } from '#functions/platform/audit/audited-write.ts';
import { keys as platformKeys } from '#functions/platform/identity/keys.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { retryingConflicts } from '#functions/platform/table/conflict-retry.ts';
import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import { itemOf, valueOfItem } from '#functions/platform/table/item-codec.ts';
import { queryAll } from '#functions/platform/table/paging.ts';
import { cancellationReasons, tableCall } from '#functions/platform/table/table-call.ts';
import { keys } from '../keys.ts';
import type { ImpactPlan, StoredProgram } from '../program-model.ts';
import type { CitizenTally, SurveyResponse } from '../response-model.ts';
import type { RecordOutcome, ResponseWrite, SurveyStore } from '../stores.ts';

const failed = 'ConditionalCheckFailed';

/** A response's transaction refused by one of its conditions: ends its retries with the outcome. */
class Refused extends Error {
  override readonly name = 'Refused';
  constructor(readonly outcome: RecordOutcome) {
    super(outcome);
  }
}

/** BatchGetItem reads at most this many keys a call. */
const batchSize = 100;

/** The surveys in the table: a plan with its programs in one transaction, each response with all it counts in one. */
export function createSurveyStore(db: DynamoDBDocumentClient, tableName: string, clock: Clock): SurveyStore {
  const get = async <T>(key: { pk: string; sk: string }) =>
    tableCall(async () => {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }),
      );
      return Item ? valueOfItem<T>(Item) : undefined;
    });

  const query = async <T>(pk: string, prefix: string) =>
    (
      await queryAll(db, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
        ConsistentRead: true,
      })
    ).map((item) => valueOfItem<T>(item));

  /** True when a counter of `limits` holds its limit already in the current window. */
  async function usedUp(limits: ResponseWrite['limits']): Promise<boolean> {
    const now = Math.floor(clock.now().getTime() / 1000);
    const counts = await Promise.all(
      limits.map(async (limit) => {
        const counter = await get<{ hits?: number }>(
          platformKeys.rate(limit.key, now - (now % limit.windowSeconds)),
        );
        return (counter?.hits ?? 0) >= limit.limit;
      }),
    );
    return counts.includes(true);
  }

  /** The writes of one response, in the order `cancellationReasons` names them. */
  function responseItems(write: ResponseWrite) {
    const { response, device, limits, adds } = write;
    const now = Math.floor(clock.now().getTime() / 1000);
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
    for (const limit of limits) {
      const windowStart = now - (now % limit.windowSeconds);
      writes.push({
        Update: {
          TableName: tableName,
          Key: platformKeys.rate(limit.key, windowStart),
          UpdateExpression: 'ADD hits :one SET expiresAt = :expires, #type = :type',
          ConditionExpression: 'attribute_not_exists(hits) OR hits < :limit',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: {
            ':one': 1,
            ':limit': limit.limit,
            ':expires': windowStart + 2 * limit.windowSeconds,
            ':type': 'RateCounter',
          },
        },
      });
    }
    return { writes, device: device === undefined ? -1 : limitsFrom - 1, limitsFrom };
  }

  return {
    plan: (city, year) => get<ImpactPlan>(keys.plan(city, year)),

    async choose(plan, audit) {
      const programs = plan.programs.map((program) =>
        itemOf(keys.program(program.code), 'ImpactProgram', {
          ...program,
          responses: 0,
          assisted: 0,
          sums: Object.fromEntries(impactItems.map((item) => [item, 0])),
          citizens: 0,
        } satisfies StoredProgram),
      );
      try {
        await transactWithAudit(
          db,
          tableName,
          [
            {
              Put: {
                TableName: tableName,
                Item: itemOf(keys.plan(plan.city, plan.year), 'ImpactPlan', plan),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            ...programs.map((Item) => ({
              Put: { TableName: tableName, Item, ConditionExpression: 'attribute_not_exists(pk)' },
            })),
          ],
          [audit],
        );
      } catch (error) {
        if (cancellationReasons(error).includes(failed)) throw new StaleRevisionError();
        throw error;
      }
    },

    async update(next, audit, previous) {
      try {
        await transactWithAudit(
          db,
          tableName,
          [
            {
              Put: {
                TableName: tableName,
                Item: itemOf(keys.plan(next.city, next.year), 'ImpactPlan', next),
                ConditionExpression: '#revision = :revision',
                ExpressionAttributeNames: { '#revision': 'revision' },
                ExpressionAttributeValues: { ':revision': previous.revision },
              },
            },
          ],
          [audit],
        );
      } catch (error) {
        if (cancellationReasons(error)[0] === failed) throw new StaleRevisionError();
        throw error;
      }
    },

    program: (code) => get<StoredProgram>(keys.program(code)),

    async programs(codes) {
      const found = new Map<string, StoredProgram>();
      for (let i = 0; i < codes.length; i += batchSize) {
        let pending: Record<string, unknown>[] | undefined = codes
          .slice(i, i + batchSize)
          .map((code) => ({ ...keys.program(code) }));
        while (pending && pending.length > 0) {
          const keysNow: Record<string, unknown>[] = pending;
          const answer: BatchGetCommandOutput = await tableCall(() =>
            db.send(
              new BatchGetCommand({
                RequestItems: { [tableName]: { Keys: keysNow, ConsistentRead: true } },
              }),
            ),
          );
          for (const item of answer.Responses?.[tableName] ?? []) {
            const program = valueOfItem<StoredProgram>(item);
            found.set(program.code, program);
          }
          pending = answer.UnprocessedKeys?.[tableName]?.Keys;
        }
      }
      return codes.flatMap((code) => {
        const program = found.get(code);
        return program ? [program] : [];
      });
    },

    async record(write): Promise<RecordOutcome> {
      // A limit already used up refuses at the cost of a read, not of a cancelled transaction of
      // every item (a script's burst); the same response sent again is still its replay.
      if (await usedUp(write.limits)) {
        const { response } = write;
        const stored = await get(keys.response(response.code, response.form, response.responseId));
        return stored ? 'replay' : 'limit';
      }
      const { writes, device, limitsFrom } = responseItems(write);
      const refusalOf = (reasons: readonly (string | undefined)[]): RecordOutcome | undefined => {
        if (reasons[0] === failed) return 'replay';
        if (reasons[1] === failed) return 'unknown';
        if (device >= 0 && reasons[device] === failed) return 'device';
        if (reasons.slice(limitsFrom).includes(failed)) return 'limit';
        return undefined;
      };
      // Every response of a program updates its program item and counters, so responses sent at
      // the same moment meet each other's transactions in flight: those are tried again.
      try {
        await retryingConflicts(
          async () => {
            await tableCall(() => db.send(new TransactWriteCommand({ TransactItems: writes })));
          },
          (_error, reasons) => {
            const refusal = refusalOf(reasons);
            if (refusal) throw new Refused(refusal);
          },
        );
        return 'recorded';
      } catch (error) {
        if (error instanceof Refused) return error.outcome;
        throw error;
      }
    },

    response: (code, form, responseId) => get<SurveyResponse>(keys.response(code, form, responseId)),

    responses: (code, form) => {
      const { pk, prefix } = keys.responses(code, form);
      return query<SurveyResponse>(pk, prefix);
    },

    tallies: (code) => {
      const { pk, prefix } = keys.tallies(code);
      return query<CitizenTally>(pk, prefix);
    },
  };
}

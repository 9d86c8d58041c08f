import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { impactItems } from '#forms/surveys/impact-questionnaire.form.ts';
import { putRevisionedWithAudit, transactWithAudit } from '#functions/platform/audit/audited-write.ts';
import { rateCounterKey } from '#functions/platform/identity/rate-limit-store.ts';
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
import { responseTransaction } from './response-transaction.ts';

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
    const counts = await Promise.all(
      limits.map(async (limit) => {
        const counter = await get<{ hits?: number }>(rateCounterKey(limit, clock.now()));
        return (counter?.hits ?? 0) >= limit.limit;
      }),
    );
    return counts.includes(true);
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

    update: (next, audit, previous) =>
      putRevisionedWithAudit(
        db,
        tableName,
        itemOf(keys.plan(next.city, next.year), 'ImpactPlan', next),
        audit,
        previous.revision,
      ),

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
      const { writes, device, limitsFrom } = responseTransaction(tableName, write, clock.now());
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

import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { stableHash } from '#forms/engine/stable-hash.ts';
import type { Instrument } from '#forms/instrument/model.ts';
import { instrumentKeys, maxKeyedVersion } from '#functions/assessment/instrument-keys.ts';
import { instrumentRefusals } from '#functions/assessment/instrument-refusals.ts';
import type { InstrumentStore, InstrumentSummary } from '#functions/assessment/instrument-store.ts';
import { transactWithAudit } from '#functions/platform/audit/audited-write.ts';
import { itemOf, typeAttribute, valueOfItem } from '#functions/platform/table/item-codec.ts';
import { itemBytes, maxItemBytes } from '#functions/platform/table/item-size.ts';
import type { Key } from '#functions/platform/table/keys.ts';
import { queryAll } from '#functions/platform/table/paging.ts';
import { cancellationReasons, tableCall } from '#functions/platform/table/table-call.ts';

/**
 * What an item holds: the instrument whole, the fields a listing shows beside it (so that a
 * listing projects them and leaves the indicators unread), and the hash of the instrument's
 * content, which tells a repeated put from a different one.
 */
interface InstrumentItem extends InstrumentSummary {
  readonly contentHash: string;
  readonly instrument: Instrument;
}

const summaryAttributes = ['id', 'version', 'year', 'title', 'indicatorCount'] as const;

/** A projection of `attributes`, every name through a placeholder (`version`, `year` are reserved words). */
const projection = (attributes: readonly string[]) => ({
  ProjectionExpression: attributes.map((_, i) => `#a${i}`).join(', '),
  ExpressionAttributeNames: Object.fromEntries(attributes.map((name, i) => [`#a${i}`, name])),
});

/** A projection that names the item's type too, for a filter on it. */
const withType = (p: ReturnType<typeof projection>) => ({
  ...p,
  ExpressionAttributeNames: { ...p.ExpressionAttributeNames, '#type': typeAttribute },
});

/** Instruments in the table, one item per version of a family of a city. */
export function createInstrumentStore(db: DynamoDBDocumentClient, tableName: string): InstrumentStore {
  const read = (key: Key) =>
    tableCall(async () => {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }),
      );
      return Item ? valueOfItem<InstrumentItem>(Item) : undefined;
    });
  const family = (city: string, id: string, extra: Record<string, unknown> = {}) => {
    const { pk, skPrefix } = instrumentKeys.family(city, id);
    return {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
      ConsistentRead: true,
      ...extra,
    };
  };

  return {
    put: async (city, instrument, audit) => {
      const { id, version } = instrument;
      if (version > maxKeyedVersion) throw instrumentRefusals.versionTooHigh(version, maxKeyedVersion);
      const key = instrumentKeys.version(city, id, version);
      const contentHash = stableHash(instrument);
      const value: InstrumentItem = {
        id,
        version,
        year: instrument.year,
        title: instrument.title,
        indicatorCount: instrument.indicators.length,
        contentHash,
        instrument,
      };
      const item = itemOf(key, 'Instrument', value);
      const bytes = itemBytes(item);
      if (bytes > maxItemBytes) throw instrumentRefusals.tooLarge(id, version, bytes, maxItemBytes);
      const put = { TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' };
      const stored = await tableCall(async () => {
        try {
          if (audit) await transactWithAudit(db, tableName, [{ Put: put }], [audit]);
          else await db.send(new PutCommand(put));
          return true;
        } catch (error) {
          if (error instanceof ConditionalCheckFailedException) return false;
          if (audit && cancellationReasons(error)[0] === 'ConditionalCheckFailed') return false;
          throw error;
        }
      });
      if (stored) return 'stored';
      // Versions are never deleted: the one that failed the condition is there to compare with.
      if ((await read(key))?.contentHash === contentHash) return 'unchanged';
      throw instrumentRefusals.versionTaken(id, version);
    },

    get: async (city, id, version) => (await read(instrumentKeys.version(city, id, version)))?.instrument,

    latest: (city, id) =>
      tableCall(async () => {
        const { Items } = await db.send(
          new QueryCommand(family(city, id, { ScanIndexForward: false, Limit: 1 })),
        );
        const [item] = Items ?? [];
        return item ? valueOfItem<InstrumentItem>(item).instrument : undefined;
      }),

    versions: async (city, id) => {
      const items = await queryAll(db, family(city, id, projection(['version'])));
      return items.map((item) => Number(item.version));
    },

    list: async (city) => {
      const items = await queryAll(db, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        // The partition holds the history of the city's imports too.
        FilterExpression: '#type = :instrument',
        ExpressionAttributeValues: { ':pk': instrumentKeys.city(city).pk, ':instrument': 'Instrument' },
        ConsistentRead: true,
        ...withType(projection(summaryAttributes)),
      });
      return items.map((item) => valueOfItem<InstrumentSummary>(item));
    },
  };
}

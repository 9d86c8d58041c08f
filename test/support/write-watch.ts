import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { existsSync, readdirSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { inject, vi } from 'vitest';
import type { FileStore } from '#functions/platform/ports/file-store.ts';
import { createDynamoClients } from '#infra/local/dynamodb-client.ts';

type Item = Record<string, unknown>;
type Command = { constructor: { name: string }; input: any };

/** The request header that names a run; the writes a request causes are filed under it. */
export const runHeader = 'x-siklus-test-run';

/** Items that refusals legitimately write: sign-in attempts are counted before they are refused. */
export const isRateCounter = (item: Item) => item.type === 'RateCounter';

const unwrap = (value: unknown) =>
  typeof value === 'object' && value !== null && 'S' in value ? (value as { S: string }).S : value;
const keyOf = (item: Item | undefined) => `${unwrap(item?.pk)}|${unwrap(item?.sk)}`;

/** The `pk|sk` of every item a write command puts, updates or deletes (either SDK shape). */
function writtenKeys(command: Command): string[] {
  const { input } = command;
  switch (command.constructor.name.replace(/(Item|Items)?Command$/, '')) {
    case 'Put':
      return [keyOf(input.Item)];
    case 'Update':
    case 'Delete':
      return [keyOf(input.Key)];
    case 'BatchWrite':
      return Object.values<any[]>(input.RequestItems ?? {}).flatMap((requests) =>
        requests.map((r) => keyOf(r.PutRequest?.Item ?? r.DeleteRequest?.Key)),
      );
    case 'TransactWrite':
      return (input.TransactItems ?? [])
        .filter((t: any) => !t.ConditionCheck)
        .map((t: any) => keyOf(t.Put?.Item ?? t.Update?.Key ?? t.Delete?.Key));
    default:
      return [];
  }
}

/** The table a command names, at its top or in its first transaction or batch item. */
function tableOf(input: any): string | undefined {
  const first = input?.TransactItems?.[0];
  return (
    input?.TableName ??
    (first && Object.values<any>(first)[0]?.TableName) ??
    Object.keys(input?.RequestItems ?? {})[0]
  );
}

interface RunWrites {
  /** Table items written (`pk|sk`), rate counters left out. */
  keys: string[];
  /** File store keys stored and not deleted again. */
  stored: string[];
  /** File store keys deleted that were stored before. */
  deleted: string[];
}

/**
 * Files every write the in-process engine makes under the run that caused it: the request's
 * {@link runHeader}, carried through its async work by an AsyncLocalStorage entered when the
 * HTTP server starts the request, or a name given to {@link run}. Table writes are seen at the
 * DynamoDB clients' `send` (succeeded commands only), file writes at the file store's `put` and
 * `delete`. A table scan per request would cost more than the request, and could not tell apart
 * requests that run at the same time.
 */
export function watchWrites(files: FileStore) {
  const context = new AsyncLocalStorage<string>();
  const onRequest = (message: unknown) => {
    const header = (message as { request: IncomingMessage }).request.headers[runHeader];
    context.enterWith(typeof header === 'string' ? header : 'untagged');
  };
  subscribe('http.server.request.start', onRequest);
  const byRun = new Map<string, RunWrites>();
  const of = (run = context.getStore() ?? 'untagged') => {
    const writes = byRun.get(run) ?? { keys: [], stored: [], deleted: [] };
    byRun.set(run, writes);
    return writes;
  };
  let tableName: string | undefined;
  const spies = [DynamoDBDocumentClient.prototype, DynamoDBClient.prototype].map((proto) => {
    const target = proto as unknown as { send: (command: Command, ...rest: unknown[]) => Promise<unknown> };
    const send = target.send;
    return vi.spyOn(target, 'send').mockImplementation(async function (this: unknown, command, ...rest) {
      const writes = of();
      const output = await send.call(this, command, ...rest);
      tableName ??= tableOf(command.input);
      writes.keys.push(...writtenKeys(command).filter((key) => !key.startsWith('RATE#')));
      return output;
    });
  });
  const { put, delete: remove } = files;
  files.put = async (request) => {
    const writes = of();
    const stored = await put.call(files, request);
    writes.stored.push(request.key);
    return stored;
  };
  files.delete = async (key) => {
    const writes = of();
    await remove.call(files, key);
    if (writes.stored.includes(key)) writes.stored = writes.stored.filter((k) => k !== key);
    else writes.deleted.push(key);
  };
  return {
    /** Runs `work` under the name `run`: what it writes is filed there. */
    run: <T>(run: string, work: () => Promise<T>) => context.run(run, work),
    /** What `run` wrote so far; forgets it. */
    take(run: string): RunWrites {
      const writes = of(run);
      byRun.delete(run);
      return writes;
    },
    /** Runs that wrote something and were never taken: writes made after their answer, or by no request. */
    leftovers: () => [...byRun].filter(([, w]) => w.keys.length + w.stored.length + w.deleted.length > 0),
    /** The engine's table, as the first command sent to it named it. */
    tableName: () => {
      if (!tableName) throw new Error('No DynamoDB command seen yet');
      return tableName;
    },
    restore() {
      unsubscribe('http.server.request.start', onRequest);
      for (const spy of spies) spy.mockRestore();
      Object.assign(files, { put, delete: remove });
    },
  };
}

/** Every item of `tableName`, page by page (a Scan answers at most 1 MB), rate counters left out, by `pk|sk`. */
export async function dumpTable(tableName: string): Promise<Map<string, string>> {
  const { documentClient } = createDynamoClients(inject('dynamoEndpoint'));
  const items = new Map<string, string>();
  let start: Item | undefined;
  do {
    const page = await documentClient.send(
      new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey: start }),
    );
    for (const item of page.Items ?? [])
      if (!isRateCounter(item)) items.set(keyOf(item), JSON.stringify(item));
    start = page.LastEvaluatedKey;
  } while (start);
  documentClient.destroy();
  return items;
}

/** Keys added, changed or removed between two dumps. */
export function changedKeys(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => before.get(key) !== after.get(key)).sort();
}

/**
 * The folder of a local file store: the store keeps no public path, so this stores a marker
 * through the port, finds it among the test state folders, and deletes it again.
 */
export async function fileStoreRoot(files: FileStore): Promise<string> {
  const key = `evidence/marker/marker/${randomUUID()}`;
  await files.put({ key, contentType: 'application/pdf', bytes: Buffer.from('%PDF-1.4\n%%EOF\n') });
  const found = readdirSync(tmpdir())
    .filter((name) => name.startsWith('siklus-test-'))
    .map((name) => join(tmpdir(), name, 'files'))
    .find((root) => existsSync(join(root, 'objects', key)));
  await files.delete(key);
  if (!found) throw new Error('The file store folder was not found');
  return found;
}

/** Every file under a file store's folder (objects, their sidecars, temporary files), sorted. */
export function listFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/** The store key of each stored object of a listing, and of each sidecar. */
export const storedKeys = (listing: readonly string[]) =>
  listing.map((path) => path.replace(/^(objects|meta)\//, '').replace(/\.json$/, ''));

/** One part of a multipart body: a field, or a file when `filename` is given. */
export interface Part {
  name: string;
  value: string | Uint8Array;
  filename?: string;
  type?: string;
}

/** A multipart/form-data body as a browser builds it. */
export function multipartBody(parts: readonly Part[], boundary: string): Buffer {
  const chunks = parts.flatMap((part) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${
        part.filename === undefined ? '' : `; filename="${part.filename}"\r\nContent-Type: ${part.type}`
      }\r\n\r\n`,
    ),
    Buffer.from(part.value),
    Buffer.from('\r\n'),
  ]);
  return Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]);
}

/**
 * The names and values a rendered form posts for `answers`: `field`, `group.<index>.field`,
 * `file.<part>`, one entry per selected choice.
 */
export function answerFields(answers: Item, prefix = ''): [string, string][] {
  return Object.entries(answers).flatMap(([id, value]): [string, string][] => {
    const name = `${prefix}${id}`;
    if (Array.isArray(value))
      return value.flatMap((item, i): [string, string][] =>
        typeof item === 'object' && item !== null
          ? answerFields(item, `${name}.${i}.`)
          : [[name, String(item)]],
      );
    if (typeof value === 'object' && value !== null) return answerFields(value as Item, `${name}.`);
    return [[name, String(value)]];
  });
}

import { createHash, randomBytes } from 'node:crypto';
import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Identity } from '#functions/platform/identity/identity.ts';
import type { LinkPurpose } from '#functions/platform/identity/signed-links.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { itemOf } from '#functions/platform/table/item-codec.ts';
import { queryAll } from '#functions/platform/table/paging.ts';
import { tableCall } from '#functions/platform/table/table-call.ts';
import { gsi1 } from '#functions/platform/table/table-schema.ts';
import { indexKeys, keys } from './keys.ts';

/** What a session opened from a signed link may reach: one purpose, one obligation. */
export interface SessionScope {
  purpose: LinkPurpose;
  obligation: string;
}

export interface Session {
  identity: Identity;
  /** The synchronizer token every form POST of this session must carry. */
  csrf: string;
  via: 'cognito' | 'link' | 'demo';
  /** Present for sessions opened from a link: no wider than the link's purpose. */
  scope?: SessionScope;
  createdAt: string;
  /** ISO time after which the session is refused (checked on read; TTL removes it later). */
  expiresAt: string;
}

export interface SessionStore {
  /**
   * Stores a new session and returns its id, the cookie value; only its hash is stored. A person
   * keeps at most {@link maxLiveSessions} live sessions: the oldest ones end to make room.
   */
  create(
    session: Omit<Session, 'csrf' | 'createdAt' | 'expiresAt'>,
    ttlSeconds: number,
  ): Promise<{ id: string; session: Session }>;
  /** The session, if it exists and has not expired. */
  get(id: string): Promise<Session | undefined>;
  delete(id: string): Promise<void>;
  /** Ends every session of one person ("sign out everywhere"); returns how many ended. */
  deleteAllOf(city: string, subject: string): Promise<number>;
}

/** Live sessions one person may hold at once (phones, desktops, a colleague's browser). */
export const maxLiveSessions = 5;

const hash = (id: string) => createHash('sha256').update(id).digest('base64url');
const token = () => randomBytes(32).toString('base64url');

/** Server-side web sessions in the table, so that signing out ends a session everywhere at once. */
export function createSessionStore(
  db: DynamoDBDocumentClient,
  tableName: string,
  clock: Clock,
): SessionStore {
  /** Hashes of the person's sessions, oldest first (expired ones included until TTL removes them). */
  const sessionsOf = async (city: string, subject: string) => {
    const items = await queryAll(db, {
      TableName: tableName,
      IndexName: gsi1,
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': indexKeys.personSessions(city, subject).gsi1pk },
      ProjectionExpression: 'pk, sk, expiresAt',
    });
    return items as { pk: string; sk: string; expiresAt: number }[];
  };
  const remove = (key: { pk: string; sk: string }) =>
    db.send(new DeleteCommand({ TableName: tableName, Key: { pk: key.pk, sk: key.sk } }));

  return {
    create: (input, ttlSeconds) =>
      tableCall(async () => {
        const id = token();
        const now = clock.now();
        const expires = new Date(now.getTime() + ttlSeconds * 1000);
        const session: Session = {
          ...input,
          csrf: token(),
          createdAt: now.toISOString(),
          expiresAt: expires.toISOString(),
        };
        const { city, subject } = input.identity;
        const live = (await sessionsOf(city, subject)).filter((s) => s.expiresAt * 1000 > now.getTime());
        for (const old of live.slice(0, Math.max(0, live.length - maxLiveSessions + 1))) await remove(old);
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: itemOf(
              {
                ...keys.session(hash(id)),
                ...indexKeys.personSession(city, subject, session.createdAt, hash(id)),
              },
              'Session',
              { ...session, expiresAt: Math.floor(expires.getTime() / 1000) },
            ),
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return { id, session };
      }),
    get: (id) =>
      tableCall(async () => {
        const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.session(hash(id)) }));
        if (!Item || Item.expiresAt * 1000 <= clock.now().getTime()) return undefined;
        return {
          identity: Item.identity,
          csrf: Item.csrf,
          via: Item.via,
          ...(Item.scope ? { scope: Item.scope } : {}),
          createdAt: Item.createdAt,
          expiresAt: new Date(Item.expiresAt * 1000).toISOString(),
        };
      }),
    delete: (id) =>
      tableCall(async () => {
        await remove(keys.session(hash(id)));
      }),
    deleteAllOf: (city, subject) =>
      tableCall(async () => {
        const all = await sessionsOf(city, subject);
        for (const session of all) await remove(session);
        return all.length;
      }),
  };
}

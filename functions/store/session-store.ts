import { createHash, randomBytes } from 'node:crypto';
import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Identity } from '#functions/auth/identity.ts';
import type { Clock } from '#functions/ports/clock.ts';
import { dynamoCall } from './dynamo-call.ts';
import { keys } from './keys.ts';

export interface Session {
  identity: Identity;
  /** The synchronizer token every form POST of this session must carry. */
  csrf: string;
  via: 'cognito' | 'link' | 'demo';
  createdAt: string;
  /** ISO time after which the session is refused (checked on read; TTL removes it later). */
  expiresAt: string;
}

export interface SessionStore {
  /** Stores a new session and returns its id, the cookie value; only its hash is stored. */
  create(
    session: Omit<Session, 'csrf' | 'createdAt' | 'expiresAt'>,
    ttlSeconds: number,
  ): Promise<{ id: string; session: Session }>;
  /** The session, if it exists and has not expired. */
  get(id: string): Promise<Session | undefined>;
  delete(id: string): Promise<void>;
}

const hash = (id: string) => createHash('sha256').update(id).digest('base64url');
const token = () => randomBytes(32).toString('base64url');

/** Server-side web sessions in the table, so that signing out ends a session everywhere at once. */
export function createSessionStore(
  db: DynamoDBDocumentClient,
  tableName: string,
  clock: Clock,
): SessionStore {
  return {
    create: (input, ttlSeconds) =>
      dynamoCall(async () => {
        const id = token();
        const now = clock.now();
        const expires = new Date(now.getTime() + ttlSeconds * 1000);
        const session: Session = {
          ...input,
          csrf: token(),
          createdAt: now.toISOString(),
          expiresAt: expires.toISOString(),
        };
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: {
              ...keys.session(hash(id)),
              type: 'Session',
              ...session,
              expiresAt: Math.floor(expires.getTime() / 1000),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return { id, session };
      }),
    get: (id) =>
      dynamoCall(async () => {
        const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.session(hash(id)) }));
        if (!Item || Item.expiresAt * 1000 <= clock.now().getTime()) return undefined;
        return {
          identity: Item.identity,
          csrf: Item.csrf,
          via: Item.via,
          createdAt: Item.createdAt,
          expiresAt: new Date(Item.expiresAt * 1000).toISOString(),
        };
      }),
    delete: (id) =>
      dynamoCall(async () => {
        await db.send(new DeleteCommand({ TableName: tableName, Key: keys.session(hash(id)) }));
      }),
  };
}

import * as z from 'zod/mini';
import { dynamoDocumentClient } from '#functions/platform/aws/clients.ts';
import { createTableStores } from '../../table-stores.ts';
import type { PortBuilder } from './builder.ts';

export const tableName = { TABLE_NAME: z.string().check(z.minLength(1)) };

/** `table`: the stores of the one table (the workflow records are `workflow-records`'s). */
export const tablePorts: PortBuilder = ({ env, clock }) =>
  createTableStores(dynamoDocumentClient(), env(tableName).TABLE_NAME, { clock, sessionClock: clock });

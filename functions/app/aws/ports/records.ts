import { createWorkflowRecords } from '#functions/monitoring/store/workflow-records.ts';
import { dynamoDocumentClient } from '#functions/platform/aws/clients.ts';
import type { PortBuilder } from './builder.ts';
import { tableName } from './table.ts';

/**
 * The workflow records alone, for `workflow-records` and `table-read`: all that the monitoring
 * functions use of the table, so that their bundles carry no other store.
 */
export const recordsPorts: PortBuilder = ({ env }) => ({
  records: createWorkflowRecords(dynamoDocumentClient(), env(tableName).TABLE_NAME),
});

import { createWorkflowRecords } from '#functions/monitoring/store/workflow-records.ts';
import { dynamoDocumentClient } from '#functions/platform/aws/clients.ts';
import type { PortBuilder } from './builder.ts';
import { tableName } from './table.ts';

/**
 * The workflow records alone: all that the monitoring functions use of the table, so that their
 * bundles carry no other store (for `table-read`, and for `table` where only records are written).
 */
export const recordsPorts: PortBuilder = ({ env }) => ({
  records: createWorkflowRecords(dynamoDocumentClient(), env(tableName).TABLE_NAME),
});

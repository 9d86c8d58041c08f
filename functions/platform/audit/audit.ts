import { itemOf } from '#functions/platform/table/item-codec.ts';
import type { AuditRecord } from './audit-event.ts';
import { indexKeys, keys } from './keys.ts';

/**
 * A conditional Put of an audit event, for a transaction or on its own: events are append-only.
 * The event lives in the partition of its entity, and on the city's audit log (gsi1) in time order.
 */
export function auditPut(tableName: string, { event, entityKey }: AuditRecord) {
  return {
    TableName: tableName,
    Item: itemOf(
      {
        ...keys.auditEvent(entityKey, event.at, event.eventId),
        ...indexKeys.cityAudit(event.city, event.at, event.eventId),
      },
      'AuditEvent',
      event,
    ),
    ConditionExpression: 'attribute_not_exists(pk)',
  };
}

import { indexKeys, type Key, keys } from '#functions/platform/table/keys.ts';
import type { AuditEvent } from '#functions/submissions/model.ts';

/** The partition an audit event belongs to: the item it describes, so its history is one Query. */
export function auditedEntityKey(event: AuditEvent): Key {
  switch (event.entity.type) {
    case 'draft':
      return keys.draft(event.city, event.entity.id);
    case 'submission':
      return keys.submission(event.city, event.entity.id);
    case 'person':
      return keys.person(event.city, event.entity.id);
    case 'obligation':
      return keys.obligation(event.entity.id);
  }
}

/** A conditional Put of an audit event, for a transaction or on its own: events are append-only. */
export function auditPut(tableName: string, event: AuditEvent) {
  return {
    TableName: tableName,
    Item: {
      ...keys.auditEvent(auditedEntityKey(event), event.at, event.eventId),
      ...indexKeys.cityAudit(event.city, event.at, event.eventId),
      type: 'AuditEvent',
      ...event,
    },
    ConditionExpression: 'attribute_not_exists(pk)',
  };
}

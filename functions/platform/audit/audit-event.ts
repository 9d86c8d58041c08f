import type { Key } from '#functions/platform/table/keys.ts';

/**
 * Who did what to which item, when, with the item before and after: the envelope every module's
 * events share. Append-only. Each module names its own actions and entity types (see
 * `defineAuditEvents`); the platform knows none of them.
 */
export interface AuditEvent<Action extends string = string, EntityType extends string = string> {
  eventId: string;
  /** ISO instant. */
  at: string;
  /** The subject of the person, or `system:<workflow>` for a workflow. */
  actor: string;
  /** `<entity>.<what happened>`, e.g. `draft.saved`. */
  action: Action;
  city: string;
  /** The OPD the item belongs to; `-` for people of no OPD. */
  opd: string;
  entity: { type: EntityType; id: string };
  /** The details: what changed, as it was and as it is. */
  before: unknown;
  after: unknown;
}

/**
 * An event with the key of the item it describes: the event is stored in that item's partition,
 * so the item's history is one Query. The module that declares the event supplies the key.
 */
export interface AuditRecord<Event extends AuditEvent = AuditEvent> {
  event: Event;
  entityKey: Key;
}

import type { Key } from '#functions/platform/table/keys.ts';
import type { AuditEvent, AuditRecord } from './audit-event.ts';

/** An entity a module audits: where its history is kept, and what may happen to it. */
export interface AuditedEntity {
  /** The key of the item the events describe; its partition holds their history. */
  key: (entity: { city: string; id: string }) => Key;
  actions: readonly string[];
}

type Declarations = Readonly<Record<string, AuditedEntity>>;

/** Every action the declarations name. */
export type ActionOf<D extends Declarations> = D[keyof D]['actions'][number];

/** The entity type an action is declared under. */
export type EntityTypeOf<D extends Declarations, A> = {
  [T in keyof D & string]: A extends D[T]['actions'][number] ? T : never;
}[keyof D & string];

/** What the caller says of an event; the action tells the entity's type, and the key comes with it. */
export type AuditFields = Omit<AuditEvent, 'action' | 'entity'> & { entityId: string };

export interface AuditEvents<D extends Declarations> {
  /** The event `action` on the entity `fields.entityId`, ready to be stored in its partition. */
  event<A extends ActionOf<D>>(
    action: A,
    fields: AuditFields,
  ): AuditRecord<AuditEvent<A, EntityTypeOf<D, A>>>;
}

/** The events one module's declarations allow, as their union. */
export type AuditEventOf<E> =
  E extends AuditEvents<infer D>
    ? { [A in ActionOf<D>]: AuditEvent<A, EntityTypeOf<D, A>> }[ActionOf<D>]
    : never;

/**
 * Declares the audit events of a module: its entity types, each with the key of its items and
 * its actions. A module adds events in its own folder; the platform stores any of them alike.
 */
export function defineAuditEvents<const D extends Declarations>(entities: D): AuditEvents<D> {
  const entityOf = new Map<string, [type: string, entity: AuditedEntity]>();
  for (const [type, entity] of Object.entries(entities)) {
    for (const action of entity.actions) {
      if (entityOf.has(action)) throw new Error(`Audit action ${action} is declared twice`);
      entityOf.set(action, [type, entity]);
    }
  }
  return {
    event: (action, { eventId, at, actor, city, opd, entityId, before, after }) => {
      const declared = entityOf.get(action);
      if (!declared) throw new Error(`Audit action ${action} is not declared`);
      const [type, entity] = declared;
      return {
        event: { eventId, at, actor, action, city, opd, entity: { type, id: entityId }, before, after },
        entityKey: entity.key({ city, id: entityId }),
      } as AuditRecord<AuditEvent<typeof action, EntityTypeOf<D, typeof action>>>;
    },
  };
}

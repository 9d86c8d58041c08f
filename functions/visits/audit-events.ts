import { type AuditEventOf, defineAuditEvents } from '#functions/platform/audit/define-audit-events.ts';
import { keys } from './keys.ts';

/**
 * What is audited of a cycle's selection, in its history: the announcement, each draw and each
 * redraw with its reason, each written with the change it records. The entity id is the year.
 */
export const selectionAudit = defineAuditEvents({
  selection: {
    key: ({ city, id }) => keys.selection(city, Number(id)),
    actions: ['selection.announced', 'selection.drawn', 'selection.redrawn'],
  },
});

export type SelectionAuditEvent = AuditEventOf<typeof selectionAudit>;

import { type AuditEventOf, defineAuditEvents } from '#functions/platform/audit/define-audit-events.ts';
import { keys } from './keys.ts';

/** `<year>.<opd>` back to its parts. */
const visitOf = (id: string) => {
  const dot = id.indexOf('.');
  return { year: Number(id.slice(0, dot)), opd: id.slice(dot + 1) };
};

/**
 * What is audited of a cycle's selection and its visits, in their history: the announcement,
 * each draw and each redraw with its reason (the entity id is the year); each visit opened,
 * re-teamed by a redraw or cancelled by one, each date proposed and each confirmation (the entity
 * id is `<year>.<opd>`). Each is written with the change it records.
 */
export const selectionAudit = defineAuditEvents({
  selection: {
    key: ({ city, id }) => keys.selection(city, Number(id)),
    actions: ['selection.announced', 'selection.drawn', 'selection.redrawn'],
  },
  visit: {
    key: ({ city, id }) => {
      const { year, opd } = visitOf(id);
      return keys.visit(city, year, opd);
    },
    actions: ['visit.opened', 'visit.redrawn', 'visit.cancelled', 'visit.proposed', 'visit.confirmed'],
  },
});

export type SelectionAuditEvent = AuditEventOf<typeof selectionAudit>;

import { type AuditEventOf, defineAuditEvents } from '#functions/platform/audit/define-audit-events.ts';
import { keys } from './keys.ts';

/**
 * What is audited of a cycle's impact survey, in the plan's history (the entity id is the year):
 * the programs chosen, and the public summary opened or closed. Each is written with the change
 * it records. Responses are not audited one by one: each is its own record, and carries who
 * entered it when OPD staff did.
 */
export const surveyAudit = defineAuditEvents({
  plan: {
    key: ({ city, id }) => keys.plan(city, Number(id)),
    actions: ['impact.programs_chosen', 'impact.summary_opened', 'impact.summary_closed'],
  },
});

export type SurveyAuditEvent = AuditEventOf<typeof surveyAudit>;

import { deadlineMovedEmail, revisionRequestedEmail, waivedEmail } from './change-emails.ts';
import type { TemplateSetId } from './template-set-ids.ts';
import { escalationEmail, kickoffEmail, reminderEmail } from './templates.ts';

/**
 * The emails of one obligation's life, one per occasion: its kick-off, the reminders, the
 * escalations, an admin's changes and a reviewer's request for a revision. An obligation kind names the set it is written with.
 */
export interface ObligationTemplates {
  readonly kickoff: typeof kickoffEmail;
  readonly reminder: typeof reminderEmail;
  readonly escalation: typeof escalationEmail;
  readonly moved: typeof deadlineMovedEmail;
  readonly waived: typeof waivedEmail;
  readonly revision: typeof revisionRequestedEmail;
}

/** The city's standard wording, naming the obligation by its kind's title. */
const standardTemplates: ObligationTemplates = {
  kickoff: kickoffEmail,
  reminder: reminderEmail,
  escalation: escalationEmail,
  moved: deadlineMovedEmail,
  waived: waivedEmail,
  revision: revisionRequestedEmail,
};

/**
 * The template sets, by the id a kind names (`template-set-ids.ts`): a kind's declaration names
 * its set without loading any email, so that what only looks kinds up (the API, the pages)
 * carries none.
 */
export const templateSets: Record<TemplateSetId, ObligationTemplates> = { standard: standardTemplates };

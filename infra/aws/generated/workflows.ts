// Built by `npm run build:modules` from functions/app/modules.ts; a unit test keeps it in step.
import { workflow as heartbeat } from '#workflows/heartbeat.ts';
import { workflow as submissionReview } from '#workflows/submission-review.ts';
import { workflow as reviewReminder } from '#workflows/review-reminder.ts';
import { workflow as visitReminder } from '#workflows/visit-reminder.ts';
import type { WorkflowSpec } from '#workflows/shared/define-workflow.ts';

/** Every workflow a part declares, each deployed as a state machine of its own. */
export const declaredWorkflows: readonly WorkflowSpec[] = [heartbeat, submissionReview, reviewReminder, visitReminder];

import * as z from 'zod/mini';
import { lambdaHandler } from '#functions/platform/lambda/handler.ts';
import { parseTaskInput } from '#functions/platform/lambda/task-input.ts';
import { reviewSlots, sendReviewSlot } from './review-reminders.ts';
import { type StartReviewDeps, startReview } from './start-review.ts';

const slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/));

const startReviewInput = z.object({
  obligationId: z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]{0,199}$/)),
  city: slug,
  year: z.number().check(z.int(), z.gte(2000), z.lte(2100)),
  opd: slug,
  submissionId: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/)),
});

/** `submission-review` task: opens the review of a submitted self-assessment and tells its verifier. */
export function createStartReviewHandler(deps: StartReviewDeps) {
  return lambdaHandler(async (payload: unknown) =>
    startReview(deps, parseTaskInput(startReviewInput, payload)),
  );
}

const reviewSlotInput = z.object({
  city: slug,
  year: z.number().check(z.int(), z.gte(2000), z.lte(2100)),
  opd: slug,
  round: z.number().check(z.int(), z.positive()),
  slot: z.enum(reviewSlots),
});

/** `review-reminder` task: reminds the verifier of a round, or tells the lead evaluator it is overdue. */
export function createRemindReviewHandler(deps: StartReviewDeps) {
  return lambdaHandler(async (payload: unknown) =>
    sendReviewSlot(deps, parseTaskInput(reviewSlotInput, payload)),
  );
}

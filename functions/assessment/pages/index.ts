import type { PageHandler } from '#functions/platform/web/page-guard.ts';
import type { ReviewPageDeps } from './deps.ts';
import { type InstrumentPageDeps, instrumentsPage } from './instruments-page.ts';
import { decideReviewPage, reviewPage } from './review-page.ts';
import { reviewQueuePage } from './review-queue-page.ts';

/** The pages of the assessment part, by the operation its routes name. */
export const pages: Record<string, PageHandler<ReviewPageDeps & InstrumentPageDeps>> = {
  reviewQueue: reviewQueuePage,
  review: reviewPage,
  decideReview: decideReviewPage,
  instruments: instrumentsPage,
};

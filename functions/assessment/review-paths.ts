/** The evaluator's pages of the self-assessment reviews, as links and the pages themselves name them. */

/** The verifier's queue, and the lead evaluator's overview of the cycle. */
export const reviewQueuePath = '/evaluasi';

/** The review screen of one OPD's self-assessment in the cycle `year`. */
export const reviewPath = (year: number, opd: string) => `/evaluasi/${year}/${encodeURIComponent(opd)}`;

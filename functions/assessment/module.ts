import { defineModule } from '#functions/platform/module/descriptor.ts';

const page = { function: 'web', access: 'session', signedIn: true, roles: ['evaluator'] } as const;
const reads = ['table'] as const;

/**
 * The self-assessment on the year's Smart City instrument and the evaluators' review of it: the
 * `self-assessment` obligation kind, the `submission-review` workflow that opens each review and
 * tells its verifier, and the evaluators' pages and routes.
 */
export const assessmentModule = defineModule({
  name: 'assessment',
  routes: [
    /** The reviews waiting for me; the lead evaluator's overview of the cycle. */
    { ...page, method: 'GET', path: '/evaluasi', operation: 'reviewQueue', needs: reads },
    /** One OPD's self-assessment, to verify. */
    {
      ...page,
      method: 'GET',
      path: '/evaluasi/{year}/{opd}',
      operation: 'review',
      links: ['review'],
      needs: reads,
    },
    /** Save the verification, request a revision, or accept. */
    {
      ...page,
      method: 'POST',
      path: '/evaluasi/{year}/{opd}',
      operation: 'decideReview',
      links: ['review'],
      csrf: 'session-form',
      needs: ['table', 'schedules'],
    },
  ],
  tasks: [
    {
      function: 'start-review',
      handler: { file: 'tasks.ts', create: 'createStartReviewHandler' },
      deps: 'cycle',
      description: 'submission-review: opens a review round and tells its verifier',
      needs: ['table', 'mail', 'links'],
      timeoutSeconds: 60,
    },
  ],
  workflows: ['submission-review'],
  navigation: [
    {
      href: '/evaluasi',
      label: { id: 'Verifikasi penilaian mandiri', en: 'Self-assessment verification' },
      roles: ['evaluator'],
    },
  ],
});

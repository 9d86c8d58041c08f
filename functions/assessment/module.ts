import { defineModule } from '#functions/platform/module/descriptor.ts';

/**
 * The self-assessment on the year's Smart City instrument and the evaluators' review of it. So
 * far its reviews' store only: its routes, tasks and workflow are still to come.
 */
export const assessmentModule = defineModule({
  name: 'assessment',
  routes: [],
  tasks: [],
});

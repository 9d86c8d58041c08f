import { defineModule } from '#functions/platform/module/descriptor.ts';

/** The city, its OPDs and its people: read by every other part, loaded by the admin's CLI. */
export const directoryModule = defineModule({
  name: 'directory',
  routes: [],
  tasks: [],
});

// Built by `npm run build:modules` from functions/app/modules.ts; a unit test keeps it in step.

/** The ports that the parts' table stores are handed out as (`stores.ts` builds them). */
export const moduleStoreNames = ['directory', 'people', 'submissions', 'obligations', 'cycles', 'deliveries', 'digests', 'reviews', 'instruments', 'selections', 'visits', 'surveys', 'risks'] as const;

import type { ModulePageDeps } from '../generated/pages.ts';

/** The `web` function's deps: what the pages of every part need, together. */
export type WebDeps = ModulePageDeps;

import { modulePages } from '../generated/pages.ts';
import type { WebDeps } from './deps.ts';
import { createPageRouter } from './page-router.ts';

/**
 * The `web` function: the server-rendered pages of every part (see `createPageRouter`), but for
 * the few a function of their own serves.
 */
export const createWebHandler = (deps: WebDeps) => createPageRouter(deps, 'web', modulePages);

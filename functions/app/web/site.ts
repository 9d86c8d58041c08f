import { homeOf } from '#functions/access/session-scope.ts';
import type { SiteShell } from '#functions/platform/web/site.ts';
import { modules } from '../modules.ts';

/** The page around every page: the navigation the parts declare, and where a session starts. */
export const site: SiteShell = {
  navigation: modules.flatMap((module) => module.navigation ?? []),
  homeOf,
};

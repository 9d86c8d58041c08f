import type { Session } from '#functions/platform/identity/session-store.ts';
import type { NavLink } from '#functions/platform/module/descriptor.ts';

/**
 * What the page around every page needs to know of the parts of the cycle: their navigation
 * links, and where a session starts. The app builds it from the modules.
 */
export interface SiteShell {
  navigation: readonly NavLink[];
  homeOf(session: Pick<Session, 'identity' | 'scope'>): string;
}

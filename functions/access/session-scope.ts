import { hasRole } from '#functions/platform/identity/identity.ts';
import type { Session } from '#functions/platform/identity/session-store.ts';
import { anySessionOperations, linkLanding, linkScopeOperations } from './link-access.ts';

/**
 * Where a session starts: for an escalation link the obligation it was sent for; for evaluators
 * and admins, who hold no OPD, the cycle's obligations; for OPD staff their to-do list.
 */
export function homeOf(session: Pick<Session, 'identity' | 'scope'>): string {
  if (session.scope?.purpose === 'escalation') return linkLanding(session.scope.obligation);
  if (!session.identity.opd && hasRole(session.identity, 'admin', 'evaluator')) return '/admin/kewajiban';
  return '/tugas';
}

/**
 * Whether a session may use a page operation. Sessions opened by Cognito or demo sign-in are
 * limited by their roles in each page; a session opened from a link is limited here as well, to
 * the pages its purpose needs, so no page can forget to check it.
 */
export function withinSessionScope(session: Session | undefined, operation: string): boolean {
  if (!session?.scope || anySessionOperations.has(operation)) return true;
  return linkScopeOperations[session.scope.purpose].has(operation);
}

import { hasRole } from '#functions/platform/identity/identity.ts';
import type { Session } from '#functions/platform/identity/session-store.ts';
import { landingOf } from './link-access.ts';

/**
 * Where a session starts: for an escalation link the obligation it was sent for; for evaluators
 * and admins, who hold no OPD, the cycle's obligations; for OPD staff their to-do list.
 */
export function homeOf(session: Pick<Session, 'identity' | 'scope'>): string {
  if (session.scope && session.scope.purpose !== 'fill') return landingOf(session.scope);
  if (!session.identity.opd && hasRole(session.identity, 'admin', 'evaluator')) return '/admin/kewajiban';
  return '/tugas';
}

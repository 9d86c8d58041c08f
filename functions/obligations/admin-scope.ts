import { refusals } from '#functions/platform/errors/domain-errors.ts';
import { hasRole, type Identity } from '#functions/platform/identity/identity.ts';
import { refusingInvalidCursor } from '#functions/platform/table/cursor-refusal.ts';
import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';
import { moveDeadline, waive } from './admin.ts';
import type { ObligationDeps } from './deps.ts';
import type { Obligation } from './model.ts';

/*
 * The admin use cases of `admin.ts` for a caller with an identity (the API and the pages): who
 * may call them, and only on their own city's obligations. The CLI calls `admin.ts` directly.
 */

const obligation: Bilingual = { id: 'Kewajiban', en: 'The obligation' };
const cycle: Bilingual = { id: 'Siklus evaluasi', en: 'The evaluation cycle' };

/** Admins and evaluators of a city read its obligations; no OPD role does. */
export const canReadObligations = (identity: Identity) => hasRole(identity, 'admin', 'evaluator');

/** Only admins move deadlines and waive obligations. */
export const canAdministerObligations = (identity: Identity) => hasRole(identity, 'admin');

/**
 * The obligation, when it is the caller's city's. Another city's obligation is not found (404),
 * which tells nothing about whether it exists.
 */
export async function ownObligation(deps: ObligationDeps, identity: Identity, obligationId: string) {
  const found = await deps.obligations.get(obligationId);
  if (!found || found.city !== identity.city) throw refusals.notFound(obligation);
  return found;
}

/** A change that lost a race with another: the caller reads again and retries. */
async function unlessStale<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof StaleRevisionError)) throw error;
    throw refusals.conflict('stale_obligation', {
      id: 'Kewajiban ini baru saja diubah orang lain. Muat ulang, lalu ulangi.',
      en: 'This obligation was just changed by someone else. Reload, then try again.',
    });
  }
}

/** Moves the deadline of one of the admin's city's obligations (see {@link moveDeadline}). */
export async function moveOwnDeadline(
  deps: ObligationDeps,
  identity: Identity,
  obligationId: string,
  due: string,
) {
  if (!canAdministerObligations(identity)) throw refusals.forbidden();
  await ownObligation(deps, identity, obligationId);
  return unlessStale(() => moveDeadline(deps, identity.subject, obligationId, due));
}

/** Waives one of the admin's city's obligations (see {@link waive}). */
export async function waiveOwn(
  deps: ObligationDeps,
  identity: Identity,
  obligationId: string,
  reason: string,
) {
  if (!canAdministerObligations(identity)) throw refusals.forbidden();
  await ownObligation(deps, identity, obligationId);
  return unlessStale(() => waive(deps, identity.subject, obligationId, reason));
}

export interface ObligationListing {
  year: number;
  obligations: Obligation[];
  cursor?: string;
}

/**
 * A page of the caller's city's obligations of `year` (default: the city's current cycle), by
 * due date. Admins and evaluators only; 404 when the city has no such cycle.
 */
export async function listOwnObligations(
  deps: ObligationDeps,
  identity: Identity,
  options: { year?: number | undefined; limit: number; cursor?: string | undefined },
): Promise<ObligationListing> {
  if (!canReadObligations(identity)) throw refusals.forbidden();
  const year = options.year ?? (await deps.directory.getCity(identity.city))?.currentYear;
  if (year === undefined || !(await deps.cycles.getCycle(identity.city, year)))
    throw refusals.notFound(cycle);
  const page = await refusingInvalidCursor(() =>
    deps.obligations.page(identity.city, year, options.limit, options.cursor),
  );
  return { year, obligations: page.obligations, ...(page.cursor ? { cursor: page.cursor } : {}) };
}

import { listOwnObligations } from '#functions/obligations/admin-scope.ts';
import { type Obligation, type ObligationStatus, outstandingStatuses } from '#functions/obligations/model.ts';
import type { ObligationRequest } from '#functions/obligations/pages/deps.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';

/** One obligation as the page shows it. */
export interface ObligationRow {
  obligation: Obligation;
  opdName: string;
  /** The status people read (the obligation's own: `draft` once the OPD saved one). */
  shown: ObligationStatus;
  /** The OPD's saved draft of the form, while the obligation is outstanding. */
  draftPath?: string;
  /** For a kind answered by many responses (the impact survey): the page where it is followed. */
  progressPath?: string;
}

/** What the status filter offers: each status and, after `submitted`, `late` (sent after the deadline). */
export const statusFilters = [
  'open',
  'draft',
  'submitted',
  'late',
  'under_review',
  'revision_requested',
  'accepted',
  'missed',
  'waived',
] as const satisfies readonly (ObligationStatus | 'late')[];
export type StatusFilter = (typeof statusFilters)[number];

/** `?status=&opd=`: a status filter, and words to look for in the OPD's name. */
export interface ObligationFilter {
  status?: StatusFilter;
  opd: string;
}

/** Longer search words are cut: no OPD name is this long. */
const maxSearchLength = 100;

/** The filter of a query string; an unknown status is no filter. */
export function filterOf(query: URLSearchParams): ObligationFilter {
  const status = query.get('status') ?? '';
  const opd = (query.get('opd') ?? '').trim().slice(0, maxSearchLength);
  return (statusFilters as readonly string[]).includes(status)
    ? { status: status as StatusFilter, opd }
    : { opd };
}

/** The page's path with a filter, e.g. `/admin/kewajiban?status=open&opd=dinas`. */
export function filteredPath(filter: ObligationFilter): string {
  const query = new URLSearchParams();
  if (filter.status) query.set('status', filter.status);
  if (filter.opd) query.set('opd', filter.opd);
  const text = query.toString();
  return text ? `/admin/kewajiban?${text}` : '/admin/kewajiban';
}

/** Whether a row has a status (or, for `late`, the late flag). */
export const hasStatus = (row: ObligationRow, status: StatusFilter) =>
  status === 'late' ? row.obligation.late : row.shown === status;

const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('id');

/** Rows whose OPD name (or id) holds the search words, in any case. */
export function searched(rows: readonly ObligationRow[], search: string): ObligationRow[] {
  const words = folded(search).split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    const name = folded(`${row.opdName} ${row.obligation.opd}`);
    return words.every((word) => name.includes(word));
  });
}

/** Enough for the largest city's OPDs; the page lists the whole cycle. */
const pageSize = 100;

async function allObligations(request: ObligationRequest, identity: Identity, year: number) {
  const obligations: Obligation[] = [];
  let cursor: string | undefined;
  do {
    const listing = await listOwnObligations(request.deps.obligationDeps, identity, {
      year,
      limit: pageSize,
      cursor,
    });
    obligations.push(...listing.obligations);
    cursor = listing.cursor;
  } while (cursor);
  return obligations;
}

async function opdNames(request: ObligationRequest, city: string) {
  const names = new Map<string, string>();
  let cursor: string | undefined;
  do {
    const opds = await request.deps.obligationDeps.directory.opdPage(city, pageSize, cursor);
    for (const opd of opds.opds) names.set(opd.opd, opd.name);
    cursor = opds.cursor;
  } while (cursor);
  return names;
}

/** Where an obligation of a kind answered by many responses is followed, if it is of one. */
function progressOf(request: ObligationRequest, obligation: Obligation) {
  const path = request.deps.obligationDeps.kinds.byId(obligation.kind)?.progress?.path;
  return path === undefined ? {} : { progressPath: path };
}

/** Every obligation of the city's current cycle, by due date; undefined when no cycle runs. */
export async function currentCycle(request: ObligationRequest, identity: Identity) {
  const city = await request.deps.obligationDeps.directory.getCity(identity.city);
  if (city?.currentYear === undefined) return undefined;
  const [obligations, names] = await Promise.all([
    allObligations(request, identity, city.currentYear),
    opdNames(request, identity.city),
  ]);
  const rows = obligations.map(
    (obligation): ObligationRow => ({
      obligation,
      opdName: names.get(obligation.opd) ?? obligation.opd,
      shown: obligation.status,
      ...progressOf(request, obligation),
      ...(obligation.draftId && outstandingStatuses.includes(obligation.status)
        ? {
            draftPath: `/forms/${encodeURIComponent(obligation.formId)}/drafts/${encodeURIComponent(obligation.draftId)}`,
          }
        : {}),
    }),
  );
  return { year: city.currentYear, rows };
}

import type { DirectoryStore } from '#functions/directory/stores.ts';
import type { KindRegistry } from '#functions/obligations/kinds/lookup.ts';
import type { ObligationStore } from '#functions/obligations/store/obligation-store.ts';
import type { Due, Duty } from '#functions/submissions/deps.ts';
import { obligationIdOf } from './model.ts';

/**
 * Finds the obligation an OPD has for a form in its city's current cycle, if any: the one of the
 * kind answered with that form.
 */
export function createDueLookup(deps: {
  obligations: ObligationStore;
  directory: DirectoryStore;
  kinds: KindRegistry;
}) {
  return async (city: string, opd: string, formId: string): Promise<Due | undefined> => {
    const kind = deps.kinds.byForm(formId);
    if (!kind) return undefined;
    const current = (await deps.directory.getCity(city))?.currentYear;
    if (!current) return undefined;
    const obligation = await deps.obligations.get(obligationIdOf(city, current, opd, kind.id));
    if (!obligation) return undefined;
    const { obligationId, due, deadlineAt, status, late } = obligation;
    return { obligationId, due, deadlineAt, status, late };
  };
}

/**
 * The obligations an OPD has in its city's current cycle of the kinds that no single form answers
 * (those with `progress`), each with how far it is.
 */
export function createDutyLookup(deps: {
  obligations: ObligationStore;
  directory: DirectoryStore;
  kinds: KindRegistry;
  ports: object;
}) {
  return async (city: string, opd: string): Promise<Duty[]> => {
    const tracked = deps.kinds.all.filter((kind) => kind.progress !== undefined);
    if (tracked.length === 0) return [];
    const current = (await deps.directory.getCity(city))?.currentYear;
    if (!current) return [];
    const duties: Duty[] = [];
    for (const kind of tracked) {
      const obligation = await deps.obligations.get(obligationIdOf(city, current, opd, kind.id));
      if (!obligation || !kind.progress) continue;
      const { obligationId, due, deadlineAt, status, late } = obligation;
      const { done, of } = await kind.progress.of(obligation, deps.ports);
      duties.push({
        title: kind.title,
        path: kind.progress.path,
        due: { obligationId, due, deadlineAt, status, late },
        done,
        of,
      });
    }
    return duties;
  };
}

import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import { selectionAudit } from './audit-events.ts';
import { currentDraw, type Selection } from './selection-model.ts';
import type { VisitStore } from './stores.ts';
import { type Visit, visitIdOf } from './visit-model.ts';

/** What opening a draw's visits needs. */
export interface OpenVisitsDeps {
  visits: VisitStore;
  clock: { now(): Date };
  newId: () => string;
}

/** What opening a draw's visits did. */
export interface OpenedVisits {
  opened: number;
  /** Visits of an earlier draw given the current draw's team. */
  redrawn: number;
  /** Visits of an earlier draw the current one no longer selects. */
  cancelled: number;
}

/**
 * Opens the visits of the selection's current draw: one per OPD it selected and per OPD always
 * visited, each with the team the draw gave it, unscheduled. Visits an earlier draw opened are
 * given the current draw's team, or cancelled when it no longer selects their OPD (a redraw is
 * refused once any date is proposed, so these have none). Running it again changes nothing, so a
 * draw whose visits were not all opened (a fault between the two writes) opens them on its retry.
 */
export async function openVisits(
  deps: OpenVisitsDeps,
  actor: string,
  selection: Selection,
): Promise<OpenedVisits> {
  const result: OpenedVisits = { opened: 0, redrawn: 0, cancelled: 0 };
  const draw = currentDraw(selection);
  if (!draw) return result;
  const { city, year } = selection;
  const teams = new Map(draw.teams.map((t) => [t.opd, t.evaluators]));
  const targets = new Map<string, Visit['reason']>([
    ...draw.selected.map((s) => [s.opd, { kind: 'drawn', position: s.position }] as const),
    ...selection.announcement.alwaysVisited.map((a) => [a.opd, { kind: 'always', text: a.reason }] as const),
  ]);
  const existing = new Map((await deps.visits.ofCycle(city, year)).map((v) => [v.opd, v]));
  const at = deps.clock.now().toISOString();
  const audited = (
    action: 'visit.opened' | 'visit.redrawn' | 'visit.cancelled',
    next: Visit,
    before: unknown,
  ) =>
    selectionAudit.event(action, {
      eventId: deps.newId(),
      at,
      actor,
      city,
      opd: next.opd,
      entityId: next.visitId,
      before,
      after: { status: next.status, team: next.team, drawNumber: next.drawNumber, revision: next.revision },
    });
  const write = async (next: Visit, action: Parameters<typeof audited>[0], previous?: Visit) => {
    const before = previous
      ? {
          status: previous.status,
          team: previous.team,
          drawNumber: previous.drawNumber,
          revision: previous.revision,
        }
      : null;
    try {
      await deps.visits.put(next, audited(action, next, before), previous);
      return true;
    } catch (error) {
      // A twin run wrote it first: what it wrote is what this one would have.
      if (error instanceof StaleRevisionError) return false;
      throw error;
    }
  };
  for (const [opd, reason] of targets) {
    const team = teams.get(opd) ?? [];
    const visit = existing.get(opd);
    if (!visit) {
      const opened: Visit = {
        city,
        year,
        opd,
        visitId: visitIdOf(year, opd),
        reason,
        drawNumber: draw.number,
        team,
        status: 'unscheduled',
        sequence: 0,
        revision: 1,
        openedAt: at,
        updatedAt: at,
      };
      if (await write(opened, 'visit.opened')) result.opened++;
    } else if (
      visit.drawNumber !== draw.number &&
      (visit.status === 'unscheduled' || visit.status === 'cancelled')
    ) {
      const next: Visit = {
        ...visit,
        reason,
        team,
        drawNumber: draw.number,
        status: visit.status === 'cancelled' ? 'unscheduled' : visit.status,
        revision: visit.revision + 1,
        updatedAt: at,
      };
      if (await write(next, 'visit.redrawn', visit)) result.redrawn++;
    }
  }
  for (const visit of existing.values()) {
    // Only a visit without a date is re-teamed or cancelled: one with a date (a proposal that won a
    // race with the redraw) keeps it, and its people, until someone changes it.
    if (targets.has(visit.opd) || visit.status !== 'unscheduled' || visit.drawNumber === draw.number)
      continue;
    const next: Visit = {
      ...visit,
      status: 'cancelled',
      drawNumber: draw.number,
      revision: visit.revision + 1,
      updatedAt: at,
    };
    if (await write(next, 'visit.cancelled', visit)) result.cancelled++;
  }
  return result;
}

/** True once any visit of the cycle has a date proposed or agreed: a redraw would move it. */
export const anyScheduled = (visits: readonly Visit[]) =>
  visits.some((v) => v.status === 'proposed' || v.status === 'confirmed');

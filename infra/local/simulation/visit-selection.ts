import { selfAssessmentKind } from '#functions/assessment/self-assessment-kind.ts';
import type { Cycle } from '#functions/obligations/model.ts';
import { addWorkingDays } from '#functions/platform/time/calendar.ts';
import { formatDay } from '#functions/platform/time/dates.ts';
import { announceSelection, drawSelection, opdsOf, type SelectionDeps } from '#functions/visits/selection.ts';
import type { LocalRuntimePorts } from '../local-ports.ts';

/**
 * How the lead evaluator runs the selection in the simulated year: a fifth of the OPDs drawn,
 * those that missed their self-assessment visited anyway (at most five of them), announced two
 * working days after the self-assessment's due date, drawn from two public sources published a
 * few working days later.
 */
const behaviour = {
  drawnShare: 1 / 5,
  maxAlwaysVisited: 5,
  announceAfter: 2,
  indexAfter: 2,
  lotteryAfter: 3,
};

/** The reason an OPD that missed its self-assessment is visited whatever the draw gives. */
export const missedSelfAssessmentReason = 'Tidak mengirim penilaian mandiri tepat waktu';

/** The days of the simulated selection: when it is announced, and when each source is published. */
export function selectionDays(cycle: Cycle, selfAssessmentDue: string) {
  const announce = addWorkingDays(cycle.calendar, selfAssessmentDue, behaviour.announceAfter);
  return {
    announce,
    index: addWorkingDays(cycle.calendar, announce, behaviour.indexAfter),
    lottery: addWorkingDays(cycle.calendar, announce, behaviour.lotteryAfter),
  };
}

/** The OPDs whose self-assessment obligation is missed now. */
async function missedNow(ports: LocalRuntimePorts, cycle: Cycle): Promise<Set<string>> {
  const missed = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await ports.obligations.page(cycle.city, cycle.year, 100, cursor);
    for (const o of page.obligations)
      if (o.kind === selfAssessmentKind.id && o.status === 'missed') missed.add(o.opd);
    cursor = page.cursor;
  } while (cursor);
  return missed;
}

/**
 * The lead evaluator (`lead`) announces the cycle's selection, unless it has one already: every
 * OPD in the pool but those that missed their self-assessment, who are always visited (keeping
 * at least one OPD to draw from), and the two sources, the draw on the day of the later one.
 * @returns whether it announced.
 */
export async function announceSimulatedSelection(
  deps: SelectionDeps & LocalRuntimePorts,
  cycle: Cycle,
  selfAssessmentDue: string,
  lead: string,
): Promise<boolean> {
  const { city, year } = cycle;
  if (await deps.selections.get(city, year)) return false;
  const opds = await opdsOf(deps, city);
  if (opds.length === 0) return false;
  const missed = await missedNow(deps, cycle);
  const always = opds
    .filter((o) => missed.has(o.opd))
    .slice(0, Math.min(behaviour.maxAlwaysVisited, opds.length - 1));
  const count = Math.min(
    Math.max(1, Math.round(opds.length * behaviour.drawnShare)),
    opds.length - always.length,
  );
  const days = selectionDays(cycle, selfAssessmentDue);
  await announceSelection(deps, lead, city, year, {
    count,
    alwaysVisited: always.map(({ opd }) => ({ opd, reason: missedSelfAssessmentReason })),
    sources: [
      {
        description: `Penutupan IHSG ${formatDay(days.index, 'id')}, dalam seperseratus poin`,
        expected: days.index,
      },
      { description: `Enam angka undian ${formatDay(days.lottery, 'id')}`, expected: days.lottery },
    ],
    drawDate: days.lottery,
  });
  return true;
}

/** A stock index's close in hundredths of a point: a whole number of six or seven digits. */
const indexClose = (random: () => number) => String(100_000 + Math.floor(random() * 9_900_000));

/** A lottery's six distinct balls of 1 to 45, ascending. */
function lotteryBalls(random: () => number): string {
  const balls = new Set<number>();
  while (balls.size < 6) balls.add(1 + Math.floor(random() * 45));
  return [...balls].sort((a, b) => a - b).join(' ');
}

/**
 * The lead draws the announced selection on its draw date, each source's values as published (the
 * first an index close, the others lotteries), unless it is drawn already or not due yet. The
 * draw opens the visits.
 * @returns whether it drew.
 */
export async function drawSimulatedSelection(
  deps: SelectionDeps,
  cycle: Cycle,
  today: string,
  lead: string,
  random: () => number,
): Promise<boolean> {
  const selection = await deps.selections.get(cycle.city, cycle.year);
  if (!selection || selection.draws.length > 0 || selection.announcement.drawDate > today) return false;
  const values = selection.announcement.sources.map((_, i) =>
    i === 0 ? indexClose(random) : lotteryBalls(random),
  );
  await drawSelection(deps, lead, cycle.city, cycle.year, { values });
  return true;
}

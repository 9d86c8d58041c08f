import { timeZoneOfCity } from '#functions/directory/city-time-zone.ts';
import type { DirectoryStore, PeopleStore } from '#functions/directory/stores.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import { refusals } from '#functions/platform/errors/domain-errors.ts';
import { parseInput } from '#functions/platform/input/parse-input.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import { localDateOf } from '#functions/platform/time/calendar.ts';
import { selectionAudit } from './audit-events.ts';
import { keyString, parseSourceValues, SourceValueError } from './draw/key-string.ts';
import { draw } from './draw/rfc3797.ts';
import { assignTeams } from './draw/teams.ts';
import { anyScheduled, type OpenedVisits, openVisits } from './open-visits.ts';
import { announceBody, drawBody } from './selection-inputs.ts';
import type { Announcement, Draw, PoolEntry, RosterEntry, Selection } from './selection-model.ts';
import { selectionRefusals } from './selection-refusals.ts';
import type { SelectionStore, VisitStore } from './stores.ts';
import { defaultTeamSize, visitSettingsOf } from './visit-settings.ts';

/** What the selection's commands need. */
export interface SelectionDeps {
  selections: SelectionStore;
  visits: VisitStore;
  directory: Pick<DirectoryStore, 'getCity' | 'opdPage'>;
  people: Pick<PeopleStore, 'evaluators'>;
  cycles: Pick<ObligationDeps['cycles'], 'getCycle'>;
  clock: Clock;
  newId: () => string;
}

/** Every OPD of the city, in order of OPD id (code units): the order the pool is published in. */
export async function opdsOf(deps: Pick<SelectionDeps, 'directory'>, city: string) {
  const opds: { opd: string; name: string }[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.directory.opdPage(city, 100, cursor);
    opds.push(...page.opds.map(({ opd, name }) => ({ opd, name })));
    cursor = page.cursor;
  } while (cursor);
  return opds.sort((a, b) => (a.opd < b.opd ? -1 : a.opd > b.opd ? 1 : 0));
}

/** The city's active evaluators, in order of id, as the teams are drawn from them. */
async function rosterOf(deps: SelectionDeps, city: string): Promise<RosterEntry[]> {
  const team = await deps.people.evaluators(city);
  return team
    .filter((p) => p.role === 'evaluator' && p.active !== false)
    .map((p) => ({
      id: p.personId,
      name: p.name,
      ...(p.staffOf === undefined ? {} : { staffOf: p.staffOf }),
      conflicts: [...(p.conflicts ?? [])].sort(),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function todayIn(deps: SelectionDeps, city: string) {
  return localDateOf(deps.clock.now(), await timeZoneOfCity(deps.directory, city));
}

/**
 * Announces the selection of the cycle `year` of `city` (`actor` is the lead evaluator, or the
 * CLI): the pool (every OPD but those always visited, in order of OPD id, numbered 1..N), how many
 * are drawn, the sources of randomness, each not known before a date after today, and the draw
 * date, on or after the last of them. Frozen from then on, and audited with it.
 * @throws DomainError `invalid` (field by field), `conflict` (`selection_announced`).
 */
export async function announceSelection(
  deps: SelectionDeps,
  actor: string,
  city: string,
  year: number,
  body: unknown,
): Promise<Selection> {
  const input = parseInput(announceBody, body);
  if (await deps.selections.get(city, year)) throw selectionRefusals.announced();
  const today = await todayIn(deps, city);
  const opds = await opdsOf(deps, city);
  const names = new Map(opds.map((o) => [o.opd, o.name]));
  const always = input.alwaysVisited ?? [];
  const problems = [
    ...always.flatMap((a, i) => (names.has(a.opd) ? [] : [selectionRefusals.unknownOpd(i, a.opd)])),
    ...input.sources.flatMap((s, i) => (s.expected > today ? [] : [selectionRefusals.sourceDate(i, today)])),
  ];
  const latest =
    input.sources
      .map((s) => s.expected)
      .sort()
      .at(-1) ?? today;
  if (input.drawDate < latest) problems.push(selectionRefusals.drawBeforeSource(latest));
  const visited = new Set(always.map((a) => a.opd));
  const pool: PoolEntry[] = opds
    .filter((o) => !visited.has(o.opd))
    .map((o, i) => ({ position: i + 1, opd: o.opd, name: o.name }));
  if (input.count > pool.length) problems.push(selectionRefusals.countTooHigh(pool.length));
  if (problems.length > 0) throw refusals.invalid(problems);
  const at = deps.clock.now().toISOString();
  const cycle = await deps.cycles.getCycle(city, year);
  const announcement: Announcement = {
    pool,
    count: input.count,
    teamSize: input.teamSize ?? (cycle ? visitSettingsOf(cycle).teamSize : defaultTeamSize),
    evaluators: await rosterOf(deps, city),
    alwaysVisited: always.map((a) => ({ opd: a.opd, name: names.get(a.opd) ?? a.opd, reason: a.reason })),
    sources: input.sources,
    drawDate: input.drawDate,
    announcedAt: at,
    announcedBy: actor,
  };
  const selection: Selection = { city, year, method: 'RFC 3797', announcement, draws: [], revision: 1 };
  const audit = selectionAudit.event('selection.announced', {
    eventId: deps.newId(),
    at,
    actor,
    city,
    opd: '-',
    entityId: String(year),
    before: null,
    after: { revision: 1, announcement },
  });
  try {
    await deps.selections.put(selection, audit);
  } catch (error) {
    if (error instanceof StaleRevisionError) throw selectionRefusals.announced();
    throw error;
  }
  return selection;
}

/**
 * The key string, digests and selection of the announcement drawn with `values`, by RFC 3797,
 * and the team of each OPD visited (`draw/teams.ts`): the selected ones in the order drawn, then
 * those always visited in the order announced.
 */
export function drawOf(announcement: Announcement, values: readonly (readonly bigint[])[]) {
  const key = keyString(values);
  const steps = draw(key, announcement.pool.length, announcement.count);
  const selected = steps.map(({ position }) => ({
    position,
    opd: announcement.pool[position - 1]?.opd ?? '',
  }));
  const teams = assignTeams(
    key,
    [...selected.map((s) => s.opd), ...announcement.alwaysVisited.map((a) => a.opd)],
    announcement.evaluators,
    announcement.teamSize,
  );
  return { keyString: key, digests: steps.map((s) => s.digest), selected, teams };
}

/**
 * What a draw did: the selection as it is now, whether it repeated the latest draw (nothing
 * written), and the visits it opened.
 */
export interface DrawOutcome {
  selection: Selection;
  replayed: boolean;
  visits: OpenedVisits;
}

/**
 * Draws the announced selection from the sources' values, on or after the draw date: the key
 * string, each MD5 digest and the selected OPDs, published beside the announcement and audited.
 * A redraw needs a reason and keeps every earlier draw; the same values again without a reason
 * (a retry, a double click) change nothing but open any visit still missing. The visits of the
 * draw are opened with it (`open-visits.ts`); a redraw is refused once a visit has a date.
 * @throws DomainError `not_found`, `conflict` (`draw_too_early`, `stale_revision`), `invalid`.
 */
export async function drawSelection(
  deps: SelectionDeps,
  actor: string,
  city: string,
  year: number,
  body: unknown,
): Promise<DrawOutcome> {
  const input = parseInput(drawBody, body);
  const selection = await deps.selections.get(city, year);
  if (!selection) throw selectionRefusals.notFound();
  const { announcement } = selection;
  if ((await todayIn(deps, city)) < announcement.drawDate)
    throw selectionRefusals.tooEarly(announcement.drawDate);
  if (input.values.length !== announcement.sources.length)
    throw refusals.invalid([selectionRefusals.valueCount(announcement.sources.length)]);
  const parsed: bigint[][] = [];
  const problems = input.values.flatMap((text, i) => {
    try {
      parsed.push([...parseSourceValues(text)]);
      return [];
    } catch (error) {
      if (error instanceof SourceValueError) return [selectionRefusals.badValue(i)];
      throw error;
    }
  });
  if (problems.length > 0) throw refusals.invalid(problems);
  const values = parsed.map((source) => source.map((v) => v.toString(10)));
  const last = selection.draws.at(-1);
  if (last && input.reason === undefined) {
    if (JSON.stringify(last.values) === JSON.stringify(values))
      return { selection, replayed: true, visits: await openVisits(deps, actor, selection) };
    throw refusals.invalid([selectionRefusals.reasonRequired()]);
  }
  if (last && anyScheduled(await deps.visits.ofCycle(city, year))) throw selectionRefusals.visitsScheduled();
  const at = deps.clock.now().toISOString();
  const made: Draw = {
    number: selection.draws.length + 1,
    values,
    ...drawOf(announcement, parsed),
    drawnAt: at,
    drawnBy: actor,
    ...(last && input.reason !== undefined ? { reason: input.reason } : {}),
  };
  const next: Selection = {
    ...selection,
    draws: [...selection.draws, made],
    revision: selection.revision + 1,
  };
  const audit = selectionAudit.event(last ? 'selection.redrawn' : 'selection.drawn', {
    eventId: deps.newId(),
    at,
    actor,
    city,
    opd: '-',
    entityId: String(year),
    before: { revision: selection.revision, draws: selection.draws.length },
    after: { revision: next.revision, draw: made },
  });
  try {
    await deps.selections.put(next, audit, selection);
  } catch (error) {
    if (error instanceof StaleRevisionError) throw selectionRefusals.stale();
    throw error;
  }
  return { selection: next, replayed: false, visits: await openVisits(deps, actor, next) };
}

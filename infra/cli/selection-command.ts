import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createTableStores } from '#functions/app/table-stores.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { systemClock } from '#functions/platform/time/system-clock.ts';
import { announceSelection, drawSelection, type SelectionDeps } from '#functions/visits/selection.ts';
import { currentDraw, type Selection } from '#functions/visits/selection-model.ts';
import { verifySelection } from '#functions/visits/verify-selection.ts';
import { domainClock } from '#infra/local/domain-clock.ts';
import type { StateDir } from '#infra/local/paths.ts';
import type { Command, CommandInput } from './commands.ts';
import { withDatabase } from './database.ts';
import { langOf } from './local-time.ts';

/** The selection's deps in the embedded database, on the engine's clock (virtual in a simulated year). */
function withSelections<T>(dirs: StateDir, work: (deps: SelectionDeps) => Promise<T>) {
  return withDatabase(dirs, async ({ documentClient, tableName }) => {
    const clock = domainClock(dirs.clockFile);
    const stores = createTableStores(documentClient, tableName, { clock, sessionClock: systemClock });
    return work({
      selections: stores.selections,
      visits: stores.visits,
      directory: stores.directory,
      people: stores.people,
      cycles: stores.cycles,
      clock,
      newId: randomUUID,
    });
  });
}

const list = (value: CommandInput['values'][string]) =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(String);

/** `--source "description|2026-12-15"`: what the source is, and the day its value is published. */
function sourceOf(text: string) {
  const at = text.lastIndexOf('|');
  if (at < 0) throw new Error(`--source "${text}" must be "description|YYYY-MM-DD"`);
  return { description: text.slice(0, at).trim(), expected: text.slice(at + 1).trim() };
}

/** `--always "opd=reason"`: an OPD visited whatever the draw gives, and why. */
function alwaysOf(text: string) {
  const at = text.indexOf('=');
  if (at < 0) throw new Error(`--always "${text}" must be "opd=reason"`);
  return { opd: text.slice(0, at).trim(), reason: text.slice(at + 1).trim() };
}

/** A selection as people read it: the pool, the sources, and each draw with its key string, digests and result. */
function printed(selection: Selection, lang: Lang): string {
  const a = selection.announcement;
  const words =
    lang === 'id'
      ? {
          pool: 'Pool',
          count: 'Diundi',
          always: 'Selalu dikunjungi',
          sources: 'Sumber keacakan',
          date: 'Tanggal undian',
          draw: 'Undian',
          key: 'Kunci',
          digests: 'Digest MD5',
          selected: 'Terpilih',
          reason: 'Alasan undian ulang',
          none: 'Belum diundi.',
          team: 'tim',
          evaluators: 'Evaluator',
          teamSize: 'per kunjungan',
        }
      : {
          pool: 'Pool',
          count: 'Drawn',
          always: 'Always visited',
          sources: 'Sources of randomness',
          date: 'Draw date',
          draw: 'Draw',
          key: 'Key string',
          digests: 'MD5 digests',
          selected: 'Selected',
          reason: 'Reason for the redraw',
          none: 'Not drawn yet.',
          team: 'team',
          evaluators: 'Evaluators',
          teamSize: 'per visit',
        };
  const lines = [
    `${selection.city} ${selection.year} (${selection.method})`,
    `${words.pool}:`,
    ...a.pool.map((e) => `  ${e.position}. ${e.opd} (${e.name})`),
    `${words.count}: ${a.count}`,
    `${words.evaluators}: ${a.evaluators.map((e) => e.id).join(', ')} (${words.teamSize} ${a.teamSize})`,
    ...(a.alwaysVisited.length
      ? [`${words.always}:`, ...a.alwaysVisited.map((v) => `  ${v.opd}: ${v.reason}`)]
      : []),
    `${words.sources}:`,
    ...a.sources.map((s, i) => `  ${i + 1}. ${s.description} (${s.expected})`),
    `${words.date}: ${a.drawDate}`,
  ];
  if (selection.draws.length === 0) lines.push(words.none);
  for (const d of selection.draws)
    lines.push(
      `${words.draw} ${d.number} (${d.drawnAt}, ${d.drawnBy})${d.reason ? `, ${words.reason}: ${d.reason}` : ''}`,
      `  ${words.key}: ${d.keyString}`,
      `  ${words.digests}:`,
      ...d.digests.map((digest, i) => `    ${i}: ${digest}`),
      `  ${words.selected}:`,
      ...d.selected.map((s) => {
        const team = d.teams.find((t) => t.opd === s.opd)?.evaluators ?? [];
        return `    ${s.position}. ${s.opd} (${words.team}: ${team.join(', ') || '-'})`;
      }),
    );
  return lines.join('\n');
}

async function verify(selection: Selection, lang: Lang, json: boolean): Promise<number> {
  const checked = verifySelection(selection);
  if (json) console.log(JSON.stringify(checked));
  else if (checked.ok)
    console.log(
      lang === 'id'
        ? `Cocok: ${selection.draws.length} undian dihitung ulang dengan RFC 3797 dan sama dengan yang diumumkan${
            currentDraw(selection)
              ? ` (terpilih: ${currentDraw(selection)
                  ?.selected.map((s) => s.position)
                  .join(', ')})`
              : ''
          }.`
        : `Matches: ${selection.draws.length} draw(s) recomputed by RFC 3797 agree with what was published${
            currentDraw(selection)
              ? ` (selected: ${currentDraw(selection)
                  ?.selected.map((s) => s.position)
                  .join(', ')})`
              : ''
          }.`,
    );
  else for (const problem of checked.problems) console.error(`${problem.what}: ${problem.message[lang]}`);
  return checked.ok ? 0 : 1;
}

export const selectionCommand: Command = {
  summary: 'Announce, draw, recheck or show the random selection of the OPDs to visit (RFC 3797)',
  help: `Usage: siklus selection announce --city <city> --year <year> --count N --source "description|YYYY-MM-DD" [--source ...]
                                  --draw-date YYYY-MM-DD [--always "opd=reason" ...] [--json]
       siklus selection draw --city <city> --year <year> --value "<numbers>" [--value ...] [--reason "..."] [--json]
       siklus selection show --city <city> --year <year> [--out file.json] [--lang id|en] [--json]
       siklus selection verify (--city <city> --year <year> | --file file.json) [--lang id|en] [--json]

'announce' freezes the pool (every OPD of the city but those --always visited, in order of OPD
id, numbered 1..N), how many are drawn, the public sources of randomness (each published after
today) and the draw date (on or after the last source's). It never changes after that.
'draw' takes each source's value(s) in the order announced (whole numbers: a stock index in
hundredths), on or after the draw date, and prints the RFC 3797 key string, each MD5 digest and
the selected OPDs with their pool positions. Drawing again needs --reason; every draw is kept.
'show' prints the selection (--out writes it as the JSON file 'verify --file' reads).
'verify' recomputes every draw from the published record alone and exits 0 when all agree, 1
(with what differs) otherwise; with --file it needs no engine and no database.`,
  options: {
    city: { type: 'string' },
    year: { type: 'string' },
    count: { type: 'string' },
    source: { type: 'string', multiple: true },
    always: { type: 'string', multiple: true },
    'draw-date': { type: 'string' },
    value: { type: 'string', multiple: true },
    reason: { type: 'string' },
    file: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string', default: 'id' },
    json: { type: 'boolean', default: false },
  },
  run: async ({ values, positionals, dirs }) => {
    const [verb, ...extra] = positionals;
    const lang = langOf(values);
    const json = values.json === true;
    if (extra.length > 0) {
      console.error(selectionCommand.help);
      return 2;
    }
    if (verb === 'verify' && values.file !== undefined)
      return verify(JSON.parse(readFileSync(String(values.file), 'utf8')) as Selection, lang, json);
    const city = values.city === undefined ? undefined : String(values.city);
    const year = Number(values.year);
    if (!city || !Number.isInteger(year) || !['announce', 'draw', 'show', 'verify'].includes(verb ?? '')) {
      console.error(selectionCommand.help);
      return 2;
    }
    return withSelections(dirs, async (deps) => {
      if (verb === 'announce') {
        const selection = await announceSelection(deps, 'cli', city, year, {
          count: Number(values.count),
          sources: list(values.source).map(sourceOf),
          drawDate: values['draw-date'],
          ...(values.always === undefined ? {} : { alwaysVisited: list(values.always).map(alwaysOf) }),
        });
        console.log(json ? JSON.stringify(selection) : printed(selection, lang));
        return 0;
      }
      if (verb === 'draw') {
        const { selection, replayed } = await drawSelection(deps, 'cli', city, year, {
          values: list(values.value),
          ...(values.reason === undefined ? {} : { reason: String(values.reason) }),
        });
        console.log(json ? JSON.stringify({ selection, replayed }) : printed(selection, lang));
        return 0;
      }
      const selection = await deps.selections.get(city, year);
      if (!selection) throw new Error(`No selection announced for ${city} ${year}`);
      if (verb === 'verify') return verify(selection, lang, json);
      if (values.out !== undefined)
        writeFileSync(String(values.out), `${JSON.stringify(selection, null, 2)}\n`);
      console.log(json ? JSON.stringify(selection) : printed(selection, lang));
      return 0;
    });
  },
};

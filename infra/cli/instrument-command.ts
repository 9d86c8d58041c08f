import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createTableStores } from '#functions/app/table-stores.ts';
import { exportInstrument, importInstrument } from '#functions/assessment/import-instrument.ts';
import {
  formatOfFileName,
  type InstrumentFormat,
} from '#functions/assessment/instrument-files/file-format.ts';
import { formatProblem } from '#functions/assessment/instrument-files/problems.ts';
import type { InstrumentStore } from '#functions/assessment/instrument-store.ts';
import { createInstrumentStore } from '#functions/assessment/store/instrument-store.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { systemClock } from '#functions/platform/time/system-clock.ts';
import type { StateDir } from '#infra/local/paths.ts';
import type { Command, CommandInput } from './commands.ts';
import { withDatabase } from './database.ts';
import { langOf } from './local-time.ts';

const defaultId = 'smart-city';

/** The format a file's extension names. */
function formatOf(file: string): InstrumentFormat {
  const format = formatOfFileName(file);
  if (format === undefined)
    throw new Error(`'${file}' must end in .xlsx or .csv: the extension says the format`);
  return format;
}

function versionOf(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const version = Number(value);
  if (!Number.isInteger(version) || version < 1) throw new Error('--version must be a whole number from 1');
  return version;
}

/** The city's instruments in the embedded database, once the directory knows the city. */
function withInstruments<T>(dirs: StateDir, city: string, work: (store: InstrumentStore) => Promise<T>) {
  return withDatabase(dirs, async ({ documentClient, tableName }) => {
    const { directory } = createTableStores(documentClient, tableName, {
      clock: systemClock,
      sessionClock: systemClock,
    });
    if (!(await directory.getCity(city))) throw new Error(`Unknown city '${city}'; run 'siklus seed' first`);
    return work(createInstrumentStore(documentClient, tableName));
  });
}

/** What the command line asks for, checked before the database starts. */
type Request =
  | { verb: 'import'; city: string; file: string; bytes: Uint8Array; format: InstrumentFormat }
  | { verb: 'export'; city: string; out: string; format: InstrumentFormat; id: string; version?: number }
  | { verb: 'list'; city: string };

function requestOf([verb, file, ...extra]: string[], values: CommandInput['values']): Request | undefined {
  const city = values.city === undefined ? undefined : String(values.city);
  if (city === undefined || extra.length > 0) return undefined;
  if (verb === 'import' && file !== undefined)
    return { verb, city, file, format: formatOf(file), bytes: new Uint8Array(readFileSync(file)) };
  if (verb === 'export' && file === undefined && values.out !== undefined) {
    const out = String(values.out);
    const version = versionOf(values.version);
    const id = String(values.id ?? defaultId);
    return { verb, city, out, format: formatOf(out), id, ...(version === undefined ? {} : { version }) };
  }
  return verb === 'list' && file === undefined ? { verb, city } : undefined;
}

async function importFile(
  store: InstrumentStore,
  request: Request & { verb: 'import' },
  lang: Lang,
  json: boolean,
) {
  const { city, file } = request;
  const deps = { instruments: store, clock: systemClock, newId: randomUUID };
  const imported = await importInstrument(deps, 'cli', city, request.bytes, request.format);
  if (!imported.ok) {
    for (const problem of imported.problems)
      console.error(json ? JSON.stringify(problem) : formatProblem(problem, lang));
    if (!json) console.error(`${imported.problems.length} problem(s) in ${file}; nothing was stored.`);
    return 1;
  }
  const { id, version, year, indicators } = imported.instrument;
  const summary = `${id} version ${version} (${year}, ${indicators.length} indicators)`;
  console.log(
    json
      ? JSON.stringify({ id, version, year, indicatorCount: indicators.length, put: imported.put })
      : imported.put === 'stored'
        ? `Stored ${summary} for ${city}.`
        : `Unchanged: ${summary} is stored for ${city} already, with the same content.`,
  );
  return 0;
}

async function exportFile(store: InstrumentStore, request: Request & { verb: 'export' }) {
  const { city, id, out, format } = request;
  const version = request.version ?? (await store.versions(city, id)).at(-1);
  const file = await exportInstrument(store, city, id, version, format);
  writeFileSync(out, file);
  console.log(`Wrote ${id} version ${version} of ${city} to ${out} (${file.byteLength} bytes).`);
  return 0;
}

async function list(store: InstrumentStore, city: string, lang: Lang, json: boolean) {
  if (!json) console.log('instrument\tversion\tyear\tindicators\ttitle');
  for (const summary of await store.list(city))
    console.log(
      json
        ? JSON.stringify(summary)
        : `${summary.id}\t${summary.version}\t${summary.year}\t${summary.indicatorCount}\t${summary.title[lang]}`,
    );
  return 0;
}

export const instrumentCommand: Command = {
  summary: "Import, export or list a city's Smart City instruments",
  help: `Usage: siklus instrument import <file.xlsx|file.csv> --city <city> [--lang id|en] [--json]
       siklus instrument export --city <city> [--id <id>] [--version N] --out <file.xlsx|file.csv>
       siklus instrument list --city <city> [--lang id|en] [--json]

'import' reads an instrument file, its format from its extension, checks it (and, when it names a
previous_version, against that version stored for the city) and stores it only when the whole
file is valid. A file with problems prints each one, 'sheet, line, column: message', stores
nothing and exits 1. A published version never changes: the same file again changes nothing,
other content under a stored id and version is refused (exit 6).
'export' writes a stored version, the latest unless --version names one, as XLSX or CSV (from the
extension of --out) in the layout 'import' reads. 'list' prints every stored version of the city.

Options:
  --city <city>   e.g. jambi
  --id <id>       the instrument family (default ${defaultId})
  --version N     a stored version (default: the latest)
  --out <file>    where 'export' writes, ending in .xlsx or .csv
  --lang id|en    language of problems and titles (default id)
  --json          'import' prints its outcome or each problem as JSON; 'list' one version per line`,
  options: {
    city: { type: 'string' },
    id: { type: 'string' },
    version: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string', default: 'id' },
    json: { type: 'boolean', default: false },
  },
  run: async ({ values, positionals, dirs }) => {
    const lang = langOf(values);
    const json = values.json === true;
    const request = requestOf(positionals, values);
    if (request === undefined) {
      console.error(instrumentCommand.help);
      return 2;
    }
    return withInstruments(dirs, request.city, (store) =>
      request.verb === 'import'
        ? importFile(store, request, lang, json)
        : request.verb === 'export'
          ? exportFile(store, request)
          : list(store, request.city, lang, json),
    );
  },
};

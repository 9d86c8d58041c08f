import { type Operation, operationTools } from '#functions/platform/http/operation.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { instrumentFileRefusal } from '../instrument-file-refusal.ts';
import {
  exportCityInstrument,
  listCityInstruments,
  publishCityInstrument,
  readCityInstrument,
} from '../instrument-scope.ts';
import type { InstrumentStore } from '../instrument-store.ts';
import { instrumentRequests } from './instrument-requests.ts';
import { instrumentResponses } from './instrument-responses.ts';

const instrumentsApi = { ...instrumentRequests, responseBodies: instrumentResponses } as const;
const { answer, body, param, query, signedIn } = operationTools(instrumentsApi);

/** What the instrument operations need: the city's instruments, and the clock and ids of an import's audit. */
export interface InstrumentApiDeps {
  instruments: InstrumentStore;
  clock: Clock;
  newId: () => string;
}

type Input = Parameters<Operation<InstrumentApiDeps>>[0];

/** The version the path names. */
const versionOn = (input: Input) => ({
  id: param(input, 'instrumentId'),
  version: Number(param(input, 'version')),
});

/** The operations on a city's instruments: list, read, export (readers) and import (admins). */
export const instrumentOperations: Record<string, Operation<InstrumentApiDeps>> = {
  listInstruments: async (input) =>
    answer('listInstruments', 200, {
      instruments: await listCityInstruments(input.deps.instruments, signedIn(input)),
    }),

  getInstrument: async (input) => {
    const { id, version } = versionOn(input);
    const instrument = await readCityInstrument(input.deps.instruments, signedIn(input), id, version);
    return answer('getInstrument', 200, { instrument });
  },

  exportInstrument: async (input) => {
    const identity = signedIn(input);
    const { id, version } = versionOn(input);
    const format = query(input, 'exportInstrument').format ?? 'xlsx';
    const file = await exportCityInstrument(input.deps.instruments, identity, id, version, format);
    return answer('exportInstrument', 200, {
      fileName: file.fileName,
      format,
      contentType: file.contentType,
      bytes: file.bytes.byteLength,
      content: Buffer.from(file.bytes).toString('base64'),
    });
  },

  importInstrument: async (input) => {
    const identity = signedIn(input);
    const { format, content } = body(input, 'importInstrument');
    const file = new Uint8Array(Buffer.from(content, 'base64'));
    const outcome = await publishCityInstrument(input.deps, identity, file, format);
    if (!outcome.ok) throw instrumentFileRefusal(outcome.problems);
    const { id, version, year, title, indicators } = outcome.instrument;
    const instrument = { id, version, year, title, indicatorCount: indicators.length };
    return answer('importInstrument', outcome.put === 'stored' ? 201 : 200, {
      instrument,
      put: outcome.put,
    });
  },
};

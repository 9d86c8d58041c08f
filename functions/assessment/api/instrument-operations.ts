import { type Operation, operationTools } from '#functions/platform/http/operation.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { listCityInstruments, readCityInstrument } from '../instrument-scope.ts';
import type { InstrumentStore } from '../instrument-store.ts';
import { instrumentRequests } from './instrument-requests.ts';
import { instrumentResponses } from './instrument-responses.ts';

export const instrumentsApi = { ...instrumentRequests, responseBodies: instrumentResponses } as const;
const { answer, param, signedIn } = operationTools(instrumentsApi);

/** What the instrument operations need: the city's instruments, and the clock and ids of an import's audit. */
export interface InstrumentApiDeps {
  instruments: InstrumentStore;
  clock: Clock;
  newId: () => string;
}

export type InstrumentInput = Parameters<Operation<InstrumentApiDeps>>[0];

/** The version the path names. */
export const versionOn = (input: InstrumentInput) => ({
  id: param(input, 'instrumentId'),
  version: Number(param(input, 'version')),
});

/** The operations on a city's instruments: list and read (admins, evaluators). */
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
};

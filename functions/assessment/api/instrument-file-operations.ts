import { type Operation, operationTools } from '#functions/platform/http/operation.ts';
import { instrumentFileRefusal } from '../instrument-file-refusal.ts';
import { exportCityInstrument, publishCityInstrument } from '../instrument-file-scope.ts';
import { type InstrumentApiDeps, instrumentsApi, versionOn } from './instrument-operations.ts';

const { answer, body, query, signedIn } = operationTools(instrumentsApi);

/**
 * The operations on instrument spreadsheets, served by a function of their own (they load the
 * XLSX library): a version exported as a file (admins, evaluators), a file published (admins).
 */
export const instrumentFileOperations: Record<string, Operation<InstrumentApiDeps>> = {
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

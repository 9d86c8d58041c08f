import { describe, expect, it } from 'vitest';
import { smartCityInstrument2026 } from '#forms/instrument/kota-jambi-2026.ts';
import { readInstrumentCsv, writeInstrumentCsv } from '#functions/assessment/instrument-files/csv.ts';
import { readInstrumentXlsx, writeInstrumentXlsx } from '#functions/assessment/instrument-files/xlsx.ts';

describe('the demo instrument of Kota Jambi, through its files', () => {
  it('comes back the same from the XLSX file it is exported to', async () => {
    const read = await readInstrumentXlsx(await writeInstrumentXlsx(smartCityInstrument2026));
    expect(read).toStrictEqual({ ok: true, instrument: smartCityInstrument2026 });
  });

  it('comes back the same from the CSV file it is exported to', () => {
    const read = readInstrumentCsv(writeInstrumentCsv(smartCityInstrument2026));
    expect(read).toStrictEqual({ ok: true, instrument: smartCityInstrument2026 });
  });
});

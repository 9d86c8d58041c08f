import { createRequire } from 'node:module';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrSvg } from '#functions/surveys/qr-code.ts';

/*
 * The QR codes of the posters and the OPDs' pages: SVG markup named for screen readers, which a
 * scanner reads back as the questionnaire's URL. The SVG's dark modules are drawn by one stroke
 * path of runs (`M x y` to a row's first run, `h n` for n dark modules, `m dx dy` to the next);
 * the tests read that path back into a grid of modules, paint it as pixels and decode it with a
 * QR decoder of its own (jsQR), so what is checked is what a phone would scan.
 */

/** jsQR is CommonJS with its function as the `default` export: required, it is the same under any loader. */
const { default: jsQR } = createRequire(import.meta.url)('jsqr') as typeof import('jsqr');

const url = 'https://siklus.jambikota.go.id/survei/k3x9q2m7pa';

/** The modules of an SVG's stroke path, dark ones true, with the quiet zone, as rows of columns. */
function modulesOf(svg: string): boolean[][] {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const path = /<path stroke="[^"]+" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  const grid = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, command, args] of path.matchAll(/([Mmh])([^Mmh]+)/g)) {
    const numbers = (args ?? '').trim().split(/\s+/).map(Number);
    if (command === 'M') [x, y] = [numbers[0] ?? 0, numbers[1] ?? 0];
    else if (command === 'm') [x, y] = [x + (numbers[0] ?? 0), y + (numbers[1] ?? 0)];
    else {
      const run = numbers[0] ?? 0;
      // A run is stroked along the middle of its row (y = row + 0.5).
      for (let column = x; column < x + run; column++) {
        const row = grid[Math.floor(y)];
        if (row) row[column] = true;
      }
      x += run;
    }
  }
  return grid;
}

/** The grid painted `scale` pixels a module, black on white, as RGBA. */
function pixelsOf(grid: boolean[][], scale: number) {
  const width = grid.length * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let py = 0; py < width; py++)
    for (let px = 0; px < width; px++)
      if (grid[Math.floor(py / scale)]?.[Math.floor(px / scale)]) {
        const at = (py * width + px) * 4;
        data[at] = 0;
        data[at + 1] = 0;
        data[at + 2] = 0;
      }
  return { data, width };
}

/** What a scanner reads in the SVG, or undefined. */
function scan(svg: string): string | undefined {
  const { data, width } = pixelsOf(modulesOf(svg), 6);
  return jsQR(data, width, width)?.data;
}

/** The `<svg ...>` tag's attribute `name`, as written. */
const attributeOf = (svg: string, name: string) =>
  new RegExp(`<svg [^>]*\\b${name}="([^"]*)"`).exec(svg)?.[1];

const unescapeEntities = (text: string) =>
  text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

describe('qrSvg', () => {
  it('draws a code that scans back as the URL', async () => {
    // Act
    const svg = await qrSvg(url, 'Kode QR survei');

    // Assess
    expect(scan(svg)).toBe(url);
  });

  it('scans back as each of several URLs, long and short, with a query string', async () => {
    // Prepare
    const urls = [
      'https://x.id/s/a',
      `${url}?lang=en&utm=poster`,
      `https://siklus.jambikota.go.id/dampak/${'0123456789'.repeat(3)}`,
    ];

    for (const given of urls) {
      // Act
      const svg = await qrSvg(given, 'QR');

      // Assess
      expect(scan(svg), given).toBe(given);
    }
  });

  it('holds the modules of the URL’s code at medium error correction, inside a quiet zone of four', async () => {
    // Prepare
    const expected = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;

    // Act
    const grid = modulesOf(await qrSvg(url, 'QR'));

    // Assess
    expect(grid).toHaveLength(expected.size + 8);
    for (const [row, cells] of grid.entries())
      for (const [column, dark] of cells.entries()) {
        const inside = row >= 4 && column >= 4 && row < expected.size + 4 && column < expected.size + 4;
        const want = inside && expected.get(row - 4, column - 4) === 1;
        expect(dark, `module ${row},${column}`).toBe(want);
      }
  });

  it('is an image named by its label for screen readers', async () => {
    // Act
    const svg = await qrSvg(url, `Kode QR: ${url}`);

    // Assess
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(attributeOf(svg, 'role')).toBe('img');
    expect(attributeOf(svg, 'class')).toBe('qr');
    expect(attributeOf(svg, 'aria-label')).toBe(`Kode QR: ${url}`);
    expect(svg.match(/<svg /g)).toHaveLength(1);
  });

  it('escapes the label, so that no label can end the attribute or open a tag', async () => {
    // Prepare
    const label = 'Survei "Warga" <b>Jambi</b> & <script>alert(1)</script>';

    // Act
    const svg = await qrSvg(url, label);

    // Assess
    const written = attributeOf(svg, 'aria-label') ?? '';
    expect(written).not.toMatch(/[<>"]/);
    expect(written).not.toMatch(/&(?!#\d+;)/);
    expect(unescapeEntities(written)).toBe(label);
    expect(svg).not.toContain('<script');
    expect(scan(svg)).toBe(url);
  });
});

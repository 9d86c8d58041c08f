import { describe, expect, it } from 'vitest';
import { transpileModule } from '#infra/build/depcruise-typescript.ts';

const source = [
  "import { join } from 'node:path';",
  "import type { Clock } from '#functions/platform/ports/clock.ts';",
  "import { type Mailer } from '#functions/platform/ports/mailer.ts';",
  'import type {',
  '  FileStore,',
  "} from '#functions/platform/ports/file-store.ts';",
  "export type { Secrets } from '#functions/platform/ports/secrets.ts';",
  "export type * from '#functions/platform/ports/scheduler.ts';",
  "/** Quotes import('#functions/app/routes.ts') without making an import. */",
  "export let dirs: import('#infra/local/paths.ts').StateDir | undefined;",
  "export const later = () => import('#infra/local/main.ts');",
  'export const at = (clock: Clock, mailer: Mailer, files: FileStore) => join(String(clock), String(mailer), String(files));',
].join('\n');

describe('transpileModule', () => {
  const { outputText } = transpileModule(source, { fileName: 'functions/example.ts' });

  it('keeps runtime imports as esbuild writes them', () => {
    expect(outputText).toContain('import { join } from "node:path";');
    expect(outputText).toContain('import {} from "#functions/platform/ports/mailer.ts";');
    expect(outputText).toContain('import("#infra/local/main.ts")');
  });

  it('keeps each type-only import as one typeOnly call, and nothing a comment quotes', () => {
    const markers = outputText.split('\n').filter((line) => line.startsWith('typeOnly('));
    expect(markers).toEqual([
      'typeOnly("#functions/platform/ports/clock.ts");',
      'typeOnly("#functions/platform/ports/file-store.ts");',
      'typeOnly("#functions/platform/ports/secrets.ts");',
      'typeOnly("#functions/platform/ports/scheduler.ts");',
      'typeOnly("#infra/local/paths.ts");',
    ]);
  });
});

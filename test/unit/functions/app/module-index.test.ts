import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { functionsByName } from '#functions/app/functions.ts';
import { moduleStoreNames } from '#functions/app/generated/store-names.ts';
import { modules } from '#functions/app/modules.ts';
import {
  buildEntries,
  buildModuleIndexes,
  buildWorkflowIndex,
  conventions,
  generatedFolder,
  infraGeneratedFolder,
  lambdaFolder,
} from '#infra/build/module-index.ts';

describe('the module indexes', () => {
  it('are exactly what the build makes of the module list (run npm run build:modules after a change)', async () => {
    const built = await buildModuleIndexes();
    expect(Object.keys(built).length).toBeGreaterThan(0);
    for (const [file, text] of Object.entries(built))
      expect(readFileSync(join(generatedFolder, file), 'utf8'), file).toBe(text);
  });

  it('build the entry file of every Lambda function, and nothing else is an entry', () => {
    const built = buildEntries();
    const functions = [...functionsByName.keys()].map((name) => `${name}.ts`).sort();
    expect(Object.keys(built).sort()).toEqual(functions);
    for (const [file, text] of Object.entries(built))
      expect(readFileSync(join(lambdaFolder, file), 'utf8'), file).toBe(text);
    expect(readdirSync(lambdaFolder).sort()).toEqual(functions);
    // Each entry builds the ports of exactly what its function declares.
    expect(built['send-reminder.ts']).toContain(
      "import { mailPorts } from '#functions/app/aws/ports/mail.ts';",
    );
    expect(built['decide-slot.ts']).not.toContain('mailPorts');
  });

  it('list every workflow the parts declare for the CDK app, and nothing else', () => {
    const text = buildWorkflowIndex();
    expect(readFileSync(join(infraGeneratedFolder, 'workflows.ts'), 'utf8')).toBe(text);
    const declared = modules.flatMap((m) => m.workflows ?? []);
    expect(declared).toContain('heartbeat');
    expect([...text.matchAll(/from '#workflows\/([a-z-]+)\.ts'/g)].map((m) => m[1])).toEqual(declared);
  });

  it('import every part that has pages, operations or stores, and no other', async () => {
    const built = await buildModuleIndexes();
    for (const [piece, file] of [
      ['pages', 'pages.ts'],
      ['operations', 'operations.ts'],
      ['stores', 'stores.ts'],
      ['kinds', 'kinds.ts'],
    ] as const) {
      const imported = [...(built[file] ?? '').matchAll(/from '#functions\/([a-z-]+)\//g)]
        .map((m) => m[1])
        .filter((name) => name !== 'platform');
      expect(imported.length, file).toBeGreaterThan(0);
      expect(
        imported.every((name) => modules.some((m) => m.name === name)),
        `${file} imports only listed parts (${conventions[piece].file})`,
      ).toBe(true);
    }
    expect(built['pages.ts']).toContain(
      "import { pages as submissions } from '#functions/submissions/pages/index.ts'",
    );
    expect(built['operations.ts']).not.toContain('#functions/access/');
  });

  it('name the stores of every part once', () => {
    expect(moduleStoreNames).toContain('obligations');
    expect(new Set(moduleStoreNames).size).toBe(moduleStoreNames.length);
  });
});

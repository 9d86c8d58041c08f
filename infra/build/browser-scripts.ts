import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '#infra/local/paths.ts';

/** The page scripts: each a real file under `forms/render/browser/`, bundled for the browser. */
export const browserEntries = ['visibility', 'upload', 'computed', 'survey-queue'] as const;

/** Where the built scripts are kept, as a module the `web` function imports (it has no file system to serve from). */
export const browserScriptsModule = join(repoRoot, 'functions', 'platform', 'web', 'browser-scripts.ts');

/** Bundles one entry for browsers of the last few years: one IIFE, minified, no helpers from the build. */
async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(repoRoot, 'forms', 'render', 'browser', `${entry}.ts`)],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    keepNames: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** The module text: every script with its content-hashed file name. */
export async function buildBrowserScripts(): Promise<string> {
  const scripts = await Promise.all(
    browserEntries.map(async (entry) => {
      const body = await bundle(entry);
      const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
      return { entry, file: `${entry}.${hash}.js`, body };
    }),
  );
  return `// Built by \`npm run build:browser\` from forms/render/browser/*.ts; a unit test keeps it in step.
/** The page scripts, by name: the file each is served as (its content hash in the name), and its text. */
export const browserScripts = {
${scripts.map((s) => `  ${JSON.stringify(s.entry)}: {\n    file: ${JSON.stringify(s.file)},\n    body: ${JSON.stringify(s.body)},\n  },`).join('\n')}
} as const;
`;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const text = await buildBrowserScripts();
  const before = (() => {
    try {
      return readFileSync(browserScriptsModule, 'utf8');
    } catch {
      return '';
    }
  })();
  writeFileSync(browserScriptsModule, text);
  console.log(before === text ? 'Browser scripts unchanged.' : `Wrote ${browserScriptsModule}`);
}

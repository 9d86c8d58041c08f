import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserScripts } from '#functions/platform/web/browser-scripts.ts';
import { browserScriptsModule, buildBrowserScripts } from '#infra/build/browser-scripts.ts';

describe('page scripts', () => {
  it('are exactly what the build makes of their sources (run npm run build:browser after a change)', async () => {
    expect(readFileSync(browserScriptsModule, 'utf8')).toBe(await buildBrowserScripts());
  });

  it.each(Object.entries(browserScripts))(
    'ships %s as a standalone script named by its content',
    (name, script) => {
      expect(script.file).toMatch(new RegExp(`^${name}\\.[0-9a-f]{12}\\.js$`));
      expect(() => new Function(script.body)).not.toThrow();
      // Helpers a build tool injects (`__name`, `require`) do not exist in a page.
      expect(script.body).not.toMatch(/__name|__require|\brequire\(|\bimport\b|\bexport\b/);
    },
  );
});

import { registerHooks } from 'node:module';
import { version } from './depcruise-typescript.ts';

/**
 * Gives dependency-cruiser `depcruise-typescript.ts` when it asks for `typescript` (its check of
 * the version included), and nobody else. Imported before dependency-cruiser is: it looks for
 * its transpilers once, when it loads.
 */
const shim = new URL('./depcruise-typescript.ts', import.meta.url).href;
const manifest = new URL('./depcruise-typescript/package.json', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (context.parentURL?.includes('/node_modules/dependency-cruiser/')) {
      if (specifier === 'typescript') return { url: shim, shortCircuit: true };
      if (specifier === 'typescript/package.json')
        return { url: manifest, format: 'json', shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (url === manifest) return { format: 'json', source: JSON.stringify({ version }), shortCircuit: true };
    return nextLoad(url, context);
  },
});

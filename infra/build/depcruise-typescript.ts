import { version as esbuildVersion, transformSync } from 'esbuild';

/**
 * The `typescript` dependency-cruiser is given to read the sources with (`depcruise-register.ts`).
 * dependency-cruiser calls the compiler API of TypeScript 2 to 6; TypeScript 7 has none, so each
 * source is transpiled by esbuild instead, and dependency-cruiser reads the JavaScript with acorn.
 *
 * esbuild drops type-only imports, which the layering counts too (a type is a dependency). They
 * are kept as `typeOnly('…')` calls at the end of the output, which dependency-cruiser records as
 * exotic requires (`exoticRequireStrings` in `.dependency-cruiser.cjs`).
 */

/** A release dependency-cruiser accepts (below 7), marked as esbuild's. */
export const version = `5.9.0+esbuild.${esbuildVersion}`;

/** dependency-cruiser reads a few syntax kinds when it loads, and uses them only with its own parser. */
export const SyntaxKind = {};

/**
 * `import type … from '…'` and `export type … from '…'` at the start of a line, as the formatter
 * writes them. (`import { type A } from '…'` is a runtime import under `verbatimModuleSyntax`.)
 */
const typeOnlyDeclaration =
  /^[ \t]*(?:import|export)[ \t]+type[ \t]+(?:\{[^}]*\}|\*(?:[ \t]+as[ \t]+[\w$]+)?|[\w$]+)\s+from\s*(['"])([^'"\n]+)\1/gm;

/** `import('…')`: a dynamic import, or a type (`import('…').Name`) when esbuild leaves it out. */
const importCall = /\bimport\(\s*(['"])([^'"\n]+)\1\s*\)/g;

/** Comment lines as the formatter writes them, which may quote an import without making one. */
const commentLine = /^[ \t]*(?:\/\/|\/\*|\*).*$/gm;

function specifiers(text: string, pattern: RegExp): Set<string> {
  return new Set(Array.from(text.matchAll(pattern), (match) => match[2] ?? ''));
}

/** The part of `typescript.transpileModule` dependency-cruiser uses: the JavaScript of one file. */
export function transpileModule(source: string, options: { fileName?: string } = {}): { outputText: string } {
  const { code } = transformSync(source, {
    loader: 'ts',
    format: 'esm',
    target: 'esnext',
    sourcefile: options.fileName,
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
  });
  const runtimeCalls = specifiers(code, importCall);
  const typeOnly = new Set([
    ...specifiers(source, typeOnlyDeclaration),
    ...[...specifiers(source.replace(commentLine, ''), importCall)].filter(
      (specifier) => !runtimeCalls.has(specifier),
    ),
  ]);
  const markers = [...typeOnly].map((specifier) => `typeOnly(${JSON.stringify(specifier)});\n`).join('');
  return { outputText: `${code}\n${markers}` };
}

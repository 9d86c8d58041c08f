import './depcruise-register.ts';
import { join } from 'node:path';
import type { ICruiseResult, IViolation } from 'dependency-cruiser';
import { repoRoot } from '#infra/local/paths.ts';
import { type FolderCycle, folderCycles, formatFolderCycles } from './folder-cycles.ts';

/** Where the rules are: dependency-cruiser's own configuration file, at the repository root. */
export const rulesFile = join(repoRoot, '.dependency-cruiser.cjs');

/** What the layering check found, and the report to print. */
export interface LayeringReport {
  violations: IViolation[];
  cycles: FolderCycle[];
  report: string;
  failures: number;
}

/**
 * Checks the layering of the files under `roots` (relative to `baseDir`): dependency-cruiser with
 * the rules of `.dependency-cruiser.cjs`, then the cycles among folders, which its rules cannot
 * state (see `folder-cycles.ts`).
 */
export async function checkLayering(roots: readonly string[], baseDir = repoRoot): Promise<LayeringReport> {
  const { cruise, format } = await import('dependency-cruiser');
  const { default: extractOptions } = await import('dependency-cruiser/config-utl/extract-depcruise-options');
  const options = await extractOptions(rulesFile);
  const { output } = await cruise([...roots], { ...options, baseDir });
  const result = output as ICruiseResult;
  const cycles = folderCycles(result);
  const rules = await format(result, { outputType: 'err' });
  const report = [String(rules.output).replace(/^\n+|\s+$/g, ''), formatFolderCycles(cycles).trimEnd()]
    .filter(Boolean)
    .join('\n\n');
  return {
    violations: result.summary.violations,
    cycles,
    report,
    failures: rules.exitCode + cycles.length,
  };
}

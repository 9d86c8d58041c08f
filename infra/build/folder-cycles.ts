import type { ICruiseResult } from 'dependency-cruiser';

/** One import from a file of one folder to a file of another. */
export interface FolderImport {
  from: string;
  to: string;
}

/** Folders in a cycle, each importing from the next and the last from the first; one such import per step. */
export interface FolderCycle {
  folders: string[];
  imports: FolderImport[];
}

const nested = /^(functions\/platform\/[^/]+|[^/]+\/[^/]+)\//;

/**
 * The folder a file belongs to in the layering: a platform area (`functions/platform/http`), else
 * the folder one level down (a module such as `functions/access`, `forms/engine`, `infra/local`),
 * else the top folder (`forms` for `forms/catalog.ts`). Subfolders deeper down belong to these.
 */
export function folderOf(path: string): string {
  return nested.exec(path)?.[1] ?? path.split('/')[0] ?? path;
}

/** The imports between files of the repository that cross from one folder into another. */
function crossFolderImports(result: ICruiseResult): FolderImport[] {
  return result.modules.flatMap((module) =>
    module.dependencies
      .filter(
        (dependency) => dependency.dependencyTypes.includes('local') && !dependency.resolved.startsWith('..'),
      )
      .filter((dependency) => folderOf(module.source) !== folderOf(dependency.resolved))
      .map((dependency) => ({ from: module.source, to: dependency.resolved })),
  );
}

/** The folders each folder imports from, with the imports that do. */
function folderGraph(imports: readonly FolderImport[]): Map<string, Map<string, FolderImport[]>> {
  const graph = new Map<string, Map<string, FolderImport[]>>();
  for (const found of imports) {
    const targets = graph.get(folderOf(found.from)) ?? new Map<string, FolderImport[]>();
    targets.set(folderOf(found.to), [...(targets.get(folderOf(found.to)) ?? []), found]);
    graph.set(folderOf(found.from), targets);
  }
  return graph;
}

/** The shortest chain of folders from `start` to `goal` (both included), or none. */
function shortestPath(
  graph: Map<string, Map<string, FolderImport[]>>,
  start: string,
  goal: string,
): string[] {
  const previous = new Map<string, string>([[start, start]]);
  const queue = [start];
  for (let folder = queue.shift(); folder !== undefined; folder = queue.shift()) {
    if (folder === goal) break;
    for (const next of [...(graph.get(folder)?.keys() ?? [])].sort()) {
      if (previous.has(next)) continue;
      previous.set(next, folder);
      queue.push(next);
    }
  }
  if (!previous.has(goal)) return [];
  const path = [goal];
  while (path[0] !== start) path.unshift(previous.get(path[0] ?? '') ?? start);
  return path;
}

/** The same cycle starting from its first folder in alphabetical order, so each is found once. */
function fromFirstFolder(cycle: readonly string[]): string[] {
  const first = cycle.indexOf([...cycle].sort()[0] ?? '');
  return [...cycle.slice(first), ...cycle.slice(0, first)];
}

/**
 * The cycles among folders, type-only imports included: for each pair of folders one imports
 * from, the shortest way back, each cycle once. This is stricter than a cycle of files: `a/x.ts`
 * importing `b/y.ts` and `b/z.ts` importing `a/w.ts` already ties `a` and `b` together, and
 * neither can change, load or be tested without the other.
 */
export function folderCycles(result: ICruiseResult): FolderCycle[] {
  const graph = folderGraph(crossFolderImports(result));
  const cycles = new Map<string, string[]>();
  for (const [from, targets] of graph) {
    for (const to of targets.keys()) {
      const back = shortestPath(graph, to, from);
      if (back.length === 0) continue;
      const cycle = fromFirstFolder([from, ...back.slice(0, -1)]);
      cycles.set(cycle.join(' '), cycle);
    }
  }
  return [...cycles.values()]
    .sort((a, b) => a.length - b.length || a.join(' ').localeCompare(b.join(' ')))
    .map((folders) => ({
      folders,
      imports: folders.map((folder, at) => {
        const next = folders[(at + 1) % folders.length] ?? folder;
        const found = graph.get(folder)?.get(next) ?? [];
        return (
          [...found].sort((a, b) => `${a.from} ${a.to}`.localeCompare(`${b.from} ${b.to}`))[0] ?? {
            from: folder,
            to: next,
          }
        );
      }),
    }));
}

/** The cycles in the style of dependency-cruiser's `err` report: the folders, then one import per step. */
export function formatFolderCycles(cycles: readonly FolderCycle[]): string {
  return cycles
    .map(
      ({ folders, imports }) =>
        `  error no-cycle-between-folders: ${[...folders, folders[0]].join(' → ')}\n` +
        imports.map(({ from, to }) => `      ${from} → ${to}\n`).join(''),
    )
    .join('');
}

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { functionsByName, type LambdaFunction } from '#functions/app/functions.ts';
import { modules } from '#functions/app/modules.ts';
import type { Capability } from '#functions/platform/module/descriptor.ts';
import type { TableContext } from '#functions/platform/table/table-context.ts';
import { repoRoot } from '#infra/local/paths.ts';

/*
 * The app's indexes of the parts' code, built from the module list so that a new part is one line
 * there: its pages, its API operations and its table stores are found by where they live in its
 * folder, and imported here by the app (each index by the one function that needs it, so no
 * bundle loads another's code). `npm run build:modules` writes them; a unit test keeps them in step.
 */

/** Where a part keeps each piece the app collects, and the name it exports it under. */
export const conventions = {
  pages: { file: 'pages/index.ts', export: 'pages' },
  operations: { file: 'api/operations.ts', export: 'operations' },
  stores: { file: 'store/index.ts', export: 'stores' },
  kinds: { file: 'obligation-kinds.ts', export: 'kinds' },
} as const;

/** The AWS builder of each capability's ports, by file under `functions/app/aws/ports/` and export. */
const awsBuilders: Record<Capability, { file: string; name: string }> = {
  'table-read': { file: 'records.ts', name: 'recordsPorts' },
  'workflow-records': { file: 'records.ts', name: 'recordsPorts' },
  table: { file: 'table.ts', name: 'tablePorts' },
  evidence: { file: 'evidence.ts', name: 'evidencePorts' },
  mail: { file: 'mail.ts', name: 'mailPorts' },
  links: { file: 'links.ts', name: 'linksPorts' },
  schedules: { file: 'schedules.ts', name: 'schedulesPorts' },
  people: { file: 'people.ts', name: 'peoplePorts' },
  'sign-in': { file: 'people.ts', name: 'signInPorts' },
  workflows: { file: 'workflows.ts', name: 'workflowsPorts' },
};

/** The folder of the Lambda functions' entry files, all built here. */
export const lambdaFolder = join(repoRoot, 'functions', 'app', 'lambda');

/** The folder the indexes are written to. */
export const generatedFolder = join(repoRoot, 'functions', 'app', 'generated');

const header =
  '// Built by `npm run build:modules` from functions/app/modules.ts; a unit test keeps it in step.\n';

const camel = (name: string) => name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The parts, in the module list's order, with the pieces each one has. */
function parts(): { name: string; alias: string; has: (piece: keyof typeof conventions) => boolean }[] {
  return modules.map((module) => {
    const folder = join(repoRoot, 'functions', module.name);
    if (!existsSync(join(folder, 'module.ts')))
      throw new Error(`Module "${module.name}" has no folder functions/${module.name}/ with a module.ts`);
    return {
      name: module.name,
      alias: camel(module.name),
      has: (piece) => existsSync(join(folder, conventions[piece].file)),
    };
  });
}

function importsOf(piece: keyof typeof conventions): { lines: string; aliases: string[] } {
  const found = parts().filter((p) => p.has(piece));
  const { file, export: name } = conventions[piece];
  return {
    lines: found
      .map((p) => `import { ${name} as ${p.alias} } from '#functions/${p.name}/${file}';`)
      .join('\n'),
    aliases: found.map((p) => p.alias),
  };
}

const intersection = (aliases: string[], of: (alias: string) => string) =>
  aliases.length === 0 ? 'unknown' : aliases.map(of).join(' & ');

/** What an index of handlers by operation (pages, API operations) says of itself. */
interface HandlerMapIndex {
  piece: 'pages' | 'operations';
  /** The handler type and the platform file it comes from. */
  handler: { type: string; from: string };
  deps: { name: string; doc: string };
  map: { name: string; doc: string };
  byModule: { name: string; doc: string };
}

/** The parts' handlers gathered into one map by operation, with the intersection of their deps. */
function handlerMapIndex({ piece, handler, deps, map, byModule }: HandlerMapIndex): string {
  const { lines, aliases } = importsOf(piece);
  return `${header}${lines}
import type { ${handler.type} } from '${handler.from}';

type DepsOf<T> = T extends Readonly<Record<string, ${handler.type}<infer D>>> ? D : never;

/** ${deps.doc} */
export type ${deps.name} = ${intersection(aliases, (a) => `DepsOf<typeof ${a}>`)};

/** ${map.doc} */
export const ${map.name}: Readonly<Record<string, ${handler.type}<${deps.name}>>> = {
${aliases.map((a) => `  ...${a},`).join('\n')}
};

/** ${byModule.doc} */
export const ${byModule.name}: Readonly<Record<string, readonly string[]>> = {
${aliases.map((a) => `  ${a}: Object.keys(${a}),`).join('\n')}
};
`;
}

const pagesIndex = () =>
  handlerMapIndex({
    piece: 'pages',
    handler: { type: 'PageHandler', from: '#functions/platform/web/page-guard.ts' },
    deps: {
      name: 'ModulePageDeps',
      doc: "What the pages of every part need, together: the `web` function's deps hold all of it.",
    },
    map: { name: 'modulePages', doc: 'The pages of every part, by the operation their routes name.' },
    byModule: {
      name: 'pageOperationsByModule',
      doc: "The operations each part's pages answer, by part: a test finds no operation named twice.",
    },
  });

const operationsIndex = () =>
  handlerMapIndex({
    piece: 'operations',
    handler: { type: 'Operation', from: '#functions/platform/http/operation.ts' },
    deps: {
      name: 'ModuleOperationDeps',
      doc: "What the API operations of every part need, together: the `api` function's deps hold all of it.",
    },
    map: {
      name: 'moduleOperations',
      doc: 'The JSON operations of every part, by the operation id their routes name.',
    },
    byModule: {
      name: 'operationsByModule',
      doc: 'The operations of each part, by part: a test finds no operation named twice.',
    },
  });

function storesIndex(): string {
  const { lines, aliases } = importsOf('stores');
  return `${header}${lines}
import type { TableContext } from '#functions/platform/table/table-context.ts';

/** The stores of every part in the one table, by the port names they are handed out under. */
export type ModuleStores = ${intersection(aliases, (a) => `ReturnType<typeof ${a}>`)};

/** Builds the stores of every part. */
export const moduleStores = (table: TableContext): ModuleStores => ({
${aliases.map((a) => `  ...${a}(table),`).join('\n')}
});
`;
}

function kindsIndex(): string {
  const { lines, aliases } = importsOf('kinds');
  return `${header}${lines}
import { createKindRegistry, type KindRegistry } from '#functions/obligations/kinds/lookup.ts';

/** Every part's kinds of obligation, in one registry: what kick-off opens and the cycle serves. */
export const moduleKinds: KindRegistry = createKindRegistry([
${aliases.map((a) => `  ...${a},`).join('\n')}
]);
`;
}

/** The stores' port names, written out so that a function without the table loads no store to learn them. */
async function storeNamesIndex(): Promise<string> {
  const names: string[] = [];
  for (const part of parts().filter((p) => p.has('stores'))) {
    const loaded = (await import(`#functions/${part.name}/${conventions.stores.file}`)) as {
      stores: (table: TableContext) => Record<string, unknown>;
    };
    // Building a store only keeps its arguments: nothing here reaches a table.
    const unused = {} as TableContext;
    names.push(...Object.keys(loaded.stores(unused)));
  }
  return `${header}
/** The ports that the parts' table stores are handed out as (\`stores.ts\` builds them). */
export const moduleStoreNames = [${names.map((n) => `'${n}'`).join(', ')}] as const;
`;
}

/** Every task function of every part, as `functionsByName` describes it (its file from the repository's `functions/`). */
function taskFunctions(): LambdaFunction[] {
  const names = new Set(modules.flatMap((m) => m.tasks.map((t) => t.function)));
  return [...functionsByName.values()].filter((fn) => names.has(fn.name));
}

const wrap = (fn: LambdaFunction, ports: string) => (fn.deps === 'cycle' ? `cycleDeps(${ports})` : ports);

/**
 * The AWS entry of one function: the builders of exactly the capabilities it declares, its ports,
 * and its handler; a function with no capability is handed nothing.
 */
function entryOf(fn: LambdaFunction): string {
  const create = `import { ${fn.handler.create} } from '#functions/${fn.handler.file}';`;
  if (fn.needs.size === 0)
    return `${header}${create}

export const handler = ${fn.handler.create}();
`;
  const builders = [...fn.needs].sort().map((need) => ({ need, ...awsBuilders[need] }));
  const imports = [
    "import { awsPorts } from '#functions/app/aws/aws-ports.ts';",
    ...[...new Set(builders.map((b) => b.file))].map((file) => {
      const names = [...new Set(builders.filter((b) => b.file === file).map((b) => b.name))].sort();
      return `import { ${names.join(', ')} } from '#functions/app/aws/ports/${file}';`;
    }),
    ...(fn.deps === 'cycle' ? ["import { cycleDeps } from '#functions/app/task-deps.ts';"] : []),
    create,
  ];
  // Written as the formatter writes them, since entry files are linted like the rest.
  const key = (need: string) => (/^[a-z]+$/i.test(need) ? need : `'${need}'`);
  const built = builders.map((b) => `  ${key(b.need)}: ${b.name},`).join('\n');
  const source = (line: string) => line.slice(line.indexOf("'"));
  return `${header}${imports.sort((a, b) => source(a).localeCompare(source(b))).join('\n')}

const ports = awsPorts('${fn.name}', {
${built}
});
export const handler = ${fn.handler.create}(${wrap(fn, 'ports')});
`;
}

/** Every task's handler for the embedded runtime, which grants each its ports as AWS does. */
function tasksIndex(): string {
  const all = taskFunctions();
  const files = [...new Set(all.map((fn) => fn.handler.file))];
  const alias = (file: string) => camel(file.replace(/\.ts$/, '').replace(/[/.]/g, '-'));
  return `${header}import { cycleDeps } from '#functions/app/task-deps.ts';
${files.map((f) => `import * as ${alias(f)} from '#functions/${f}';`).join('\n')}
import type { Ports } from '#functions/app/ports.ts';

/** The handler of every task function, each built from the ports \`portsOf\` grants it. */
export const taskHandlers = (portsOf: (name: string) => Ports) => ({
${all
  .map(
    (fn) =>
      `  ${JSON.stringify(fn.name)}: ${alias(fn.handler.file)}.${fn.handler.create}(${wrap(fn, `portsOf('${fn.name}')`)}),`,
  )
  .join('\n')}
});
`;
}

/** The entry file of every Lambda function, by file name under {@link lambdaFolder}. */
export function buildEntries(): Record<string, string> {
  return Object.fromEntries([...functionsByName.values()].map((fn) => [`${fn.name}.ts`, entryOf(fn)]));
}

/** The folder the CDK app's index of the parts' workflows is written to. */
export const infraGeneratedFolder = join(repoRoot, 'infra', 'aws', 'generated');

/** The workflows the parts declare, for the CDK app to deploy. */
export function buildWorkflowIndex(): string {
  const names = modules.flatMap((m) => m.workflows ?? []);
  for (const name of names)
    if (!existsSync(join(repoRoot, 'workflows', `${name}.ts`)))
      throw new Error(`A part declares workflow "${name}", but there is no workflows/${name}.ts`);
  return `${header}${names.map((n) => `import { workflow as ${camel(n)} } from '#workflows/${n}.ts';`).join('\n')}
import type { WorkflowSpec } from '#workflows/shared/define-workflow.ts';

/** Every workflow a part declares, each deployed as a state machine of its own. */
export const declaredWorkflows: readonly WorkflowSpec[] = [${names.map(camel).join(', ')}];
`;
}

/** Every index, by its file name under {@link generatedFolder}. */
export async function buildModuleIndexes(): Promise<Record<string, string>> {
  return {
    'pages.ts': pagesIndex(),
    'operations.ts': operationsIndex(),
    'stores.ts': storesIndex(),
    'store-names.ts': await storeNamesIndex(),
    'kinds.ts': kindsIndex(),
    'tasks.ts': tasksIndex(),
  };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const written: (readonly [path: string, text: string])[] = [
    ...Object.entries(await buildModuleIndexes()).map(
      ([file, text]) => [join(generatedFolder, file), text] as const,
    ),
    ...Object.entries(buildEntries()).map(([file, text]) => [join(lambdaFolder, file), text] as const),
    [join(infraGeneratedFolder, 'workflows.ts'), buildWorkflowIndex()] as const,
  ];
  for (const [path, text] of written) {
    const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (before === text) continue;
    writeFileSync(path, text);
    console.log(`Wrote ${path}`);
  }
  console.log('Module indexes are in step with functions/app/modules.ts.');
}

import type { Capability, TaskFunction } from '#functions/platform/module/descriptor.ts';
import { modules } from './modules.ts';
import { routes } from './routes.ts';

/** A Lambda function of the engine: an entry file under `functions/app/lambda/`, built from this. */
export interface LambdaFunction {
  name: string;
  description: string;
  /**
   * The factory of its handler, handed its ports (`#functions/<file>`, or with no capability at
   * all, called with nothing), and whether the ports go through `cycleDeps` first.
   */
  handler: { file: string; create: string };
  deps: TaskFunction['deps'];
  /** What its routes and tasks declare, together: the grants and ports it gets, nothing more. */
  needs: ReadonlySet<Capability>;
  timeoutSeconds?: number;
}

/** The functions that serve routes, described here with their handlers; a task function describes itself. */
const routeFunctions: Record<string, Pick<LambdaFunction, 'description' | 'handler'>> = {
  api: {
    description: 'The /api routes: forms, drafts, submissions, uploads, obligations',
    handler: { file: 'app/api/entry.ts', create: 'createAwsApiHandler' },
  },
  web: {
    description: 'The web pages: to-do list, forms, obligations, sign-in and signed links',
    handler: { file: 'app/web/entry.ts', create: 'createAwsWebHandler' },
  },
  health: {
    description: 'GET /health: answers when the table does',
    handler: { file: 'monitoring/health.ts', create: 'createHealthHandler' },
  },
  'instrument-files': {
    description:
      'The instrument spreadsheets: XLSX and CSV import and export, on the API and the admins page',
    handler: { file: 'app/instrument-files/entry.ts', create: 'createAwsInstrumentFilesHandler' },
  },
  openapi: {
    description: 'GET /openapi.json: the API described as OpenAPI 3.1',
    handler: { file: 'app/openapi/openapi-handler.ts', create: 'createOpenApiHandler' },
  },
};

function lambdaFunctions(): ReadonlyMap<string, LambdaFunction> {
  const found = new Map<string, LambdaFunction>();
  const add = (
    name: string,
    { description, handler, deps }: Pick<LambdaFunction, 'description' | 'handler' | 'deps'>,
    needs: readonly Capability[],
    timeoutSeconds?: number,
  ) => {
    const known = found.get(name);
    found.set(name, {
      name,
      description: known?.description ?? description,
      handler: known?.handler ?? handler,
      deps: known?.deps ?? deps,
      needs: new Set([...(known?.needs ?? []), ...needs]),
      ...((timeoutSeconds ?? known?.timeoutSeconds)
        ? { timeoutSeconds: timeoutSeconds ?? known?.timeoutSeconds }
        : {}),
    });
  };
  for (const route of routes.filter((r) => !r.embeddedOnly)) {
    const known = routeFunctions[route.function];
    if (!known) throw new Error(`Route ${route.method} ${route.path} names no known function`);
    add(route.function, { ...known, deps: 'ports' }, route.needs);
  }
  for (const m of modules)
    for (const task of m.tasks)
      add(
        task.function,
        { ...task, handler: { ...task.handler, file: `${m.name}/${task.handler.file}` } },
        task.needs,
        task.timeoutSeconds,
      );
  return found;
}

/** Every Lambda function, by name, with the union of what its routes and tasks need. */
export const functionsByName = lambdaFunctions();

/** What one function needs; an unknown name is a mistake in an entry file. */
export function needsOf(name: string): ReadonlySet<Capability> {
  const fn = functionsByName.get(name);
  if (!fn) throw new Error(`No function named ${name}`);
  return fn.needs;
}

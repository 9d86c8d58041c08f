import type { Capability } from '#functions/platform/module/descriptor.ts';
import { modules } from './modules.ts';
import { routes } from './routes.ts';

/** A Lambda function of the engine: an entry file under `functions/app/lambda/`. */
export interface LambdaFunction {
  name: string;
  description: string;
  /** What its routes and tasks declare, together: the grants and ports it gets, nothing more. */
  needs: ReadonlySet<Capability>;
  timeoutSeconds?: number;
}

/** The functions that serve routes of several parts, described here; a task function describes itself. */
const routeFunctions: Record<string, string> = {
  api: 'The /api routes: forms, drafts, submissions, uploads, obligations',
  web: 'The web pages: to-do list, forms, obligations, sign-in and signed links',
  health: 'GET /health: answers when the table does',
  openapi: 'GET /openapi.json: the API described as OpenAPI 3.1',
};

function lambdaFunctions(): ReadonlyMap<string, LambdaFunction> {
  const found = new Map<string, LambdaFunction>();
  const add = (name: string, description: string, needs: readonly Capability[], timeoutSeconds?: number) => {
    const known = found.get(name);
    found.set(name, {
      name,
      description: known?.description ?? description,
      needs: new Set([...(known?.needs ?? []), ...needs]),
      ...((timeoutSeconds ?? known?.timeoutSeconds)
        ? { timeoutSeconds: timeoutSeconds ?? known?.timeoutSeconds }
        : {}),
    });
  };
  for (const route of routes.filter((r) => !r.embeddedOnly)) {
    const description = routeFunctions[route.function];
    if (!description) throw new Error(`Route ${route.method} ${route.path} names no known function`);
    add(route.function, description, route.needs);
  }
  for (const task of modules.flatMap((m) => m.tasks))
    add(task.function, task.description, task.needs, task.timeoutSeconds);
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

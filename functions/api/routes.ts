/**
 * The HTTP routes of Siklus, in one place. The HTTP API in CDK and the embedded server both
 * build their routing from this list; an infra test holds it against the synthesized template.
 */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** API Gateway route path, with `{name}` parameters. */
  path: string;
  /** Entry file under `functions/lambda/` that serves the route. */
  function: string;
  /** `public` routes need no identity. */
  access: 'public' | 'signed-in';
}

export const routes: readonly Route[] = [
  { method: 'GET', path: '/health', function: 'health', access: 'public' },
];

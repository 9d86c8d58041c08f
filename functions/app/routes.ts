import type { ApiRoute, Route } from '#functions/platform/module/descriptor.ts';
import { modules } from './modules.ts';

export type { Route } from '#functions/platform/module/descriptor.ts';

/** `GET /openapi.json` belongs to no part: it describes them all. */
const openApiRoute: Route = {
  method: 'GET',
  path: '/openapi.json',
  function: 'openapi',
  operation: 'openApi',
  access: 'public',
  summary: 'This API, described as OpenAPI 3.1',
  needs: [],
};

/** Anything else a browser asks for gets the not-found page in the person's language. */
const notFoundRoute: Route = {
  method: 'GET',
  path: '/{proxy+}',
  function: 'web',
  operation: 'notFound',
  access: 'session',
  links: 'any',
  needs: ['table'],
};

/**
 * The HTTP routes of Siklus: those of every module, the OpenAPI document, and the not-found
 * page last. The HTTP API in CDK and the embedded server both build their routing from this
 * list; an infra test holds it against the synthesized template.
 */
export const routes: readonly Route[] = [...modules.flatMap((m) => m.routes), openApiRoute, notFoundRoute];

/** The JSON routes, which the OpenAPI document describes (pages are HTML, for people). */
export const jsonRoutes: readonly ApiRoute[] = routes.filter(
  (route): route is ApiRoute => route.access !== 'session',
);

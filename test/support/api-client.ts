import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { formCatalog } from '#forms/catalog.ts';
import type { FormRegistry } from '#forms/engine/registry.ts';
import { type ApiDeps, createApiHandler } from '#functions/app/api/api.ts';
import { apiDepsOf } from '#functions/app/deps.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import type { UploadTicket } from '#functions/platform/ports/file-store.ts';
import { freePort } from '#infra/local/dynamodb-local.ts';
import { createLocalFunctions, type LocalHandler } from '#infra/local/functions.ts';
import { createHttpServer } from '#infra/local/http-server.ts';
import { localLambdaContext } from '#infra/local/lambda-context.ts';
import type { LocalRuntimePorts } from '#infra/local/local-ports.ts';
import type { Person } from './api-people.ts';
import { httpEvent } from './http-event.ts';
import { createTestPorts } from './test-ports.ts';

/** A clock that moves `stepMs` forward each time it is read, so events have an order. */
export function tickingClock(startIso: string, stepMs = 1000): Clock {
  let next = Date.parse(startIso);
  return {
    now: () => {
      const at = new Date(next);
      next += stepMs;
      return at;
    },
  };
}

/** The `api` function's dependencies, composed as on AWS (bearer tokens only), with `forms` for its forms. */
export function apiDeps(ports: LocalRuntimePorts, forms: FormRegistry = formCatalog): ApiDeps {
  return { ...apiDepsOf({ ...ports, newId: ports.newId ?? randomUUID }, { cookieSessions: false }), forms };
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** The body parsed as JSON, or undefined when empty. */
  body: any;
  text: string;
}

export interface RequestOptions {
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as it is, with a JSON content type. */
  raw?: string;
  headers?: Record<string, string>;
}

/** Someone calling the API over HTTP: a fetch wrapper that adds their bearer token. */
export interface Caller {
  request(method: string, path: string, options?: RequestOptions): Promise<ApiResponse>;
  get(path: string): Promise<ApiResponse>;
  post(path: string, json: unknown, headers?: Record<string, string>): Promise<ApiResponse>;
  put(path: string, json: unknown, headers?: Record<string, string>): Promise<ApiResponse>;
}

export interface RunningApi {
  baseUrl: string;
  ports: LocalRuntimePorts;
  /** Every item of the test's table, sorted. */
  dump(): Promise<Record<string, unknown>[]>;
  /** Calls as `person`, with a token the local issuer signed for their claims. */
  as(person: Person): Caller;
  /** Calls with this exact bearer token (or none when undefined). */
  withToken(token: string | undefined): Caller;
  stop(): Promise<void>;
}

export interface StartApiOptions {
  clock?: Clock;
  /** Builds the `api` function from the test's ports; default: as the embedded runtime builds it. */
  api?: (ports: LocalRuntimePorts) => LocalHandler;
}

/**
 * The embedded HTTP server on a free port, serving a fresh table and state folder: the API as a
 * browser meets it, upload endpoint included.
 */
export async function startApi(options: StartApiOptions = {}): Promise<RunningApi> {
  const clock = options.clock ?? tickingClock('2026-03-02T01:00:00.000Z');
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const { table, ports } = await createTestPorts(clock, baseUrl);
  const functions = createLocalFunctions(ports);
  if (options.api) functions.api = options.api(ports);
  const server = createHttpServer(functions, clock, ports.localFiles);
  server.listen(port);
  await once(server, 'listening');
  const tokens = new Map<Person, string>();
  const tokenOf = (person: Person) => {
    const token = tokens.get(person) ?? ports.issuer.issue(person.claims);
    tokens.set(person, token);
    return token;
  };
  return {
    baseUrl,
    ports,
    dump: table.dump,
    as: (person) => caller(baseUrl, tokenOf(person)),
    withToken: (token) => caller(baseUrl, token),
    stop: () => stopServer(server),
  };
}

function caller(baseUrl: string, token: string | undefined): Caller {
  const request = async (method: string, path: string, options: RequestOptions = {}) => {
    const body = options.raw ?? (options.json === undefined ? undefined : JSON.stringify(options.json));
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...options.headers,
      },
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? JSON.parse(text) : undefined,
      text,
    };
  };
  return {
    request,
    get: (path) => request('GET', path),
    post: (path, json, headers) => request('POST', path, { json, ...(headers ? { headers } : {}) }),
    put: (path, json, headers) => request('PUT', path, { json, ...(headers ? { headers } : {}) }),
  };
}

async function stopServer(server: Server): Promise<void> {
  const closed = once(server, 'close');
  server.close();
  server.closeAllConnections();
  await closed;
}

/** Posts a file to an upload ticket exactly as a browser posts to S3: the ticket's fields, then `file`. */
export async function postToTicket(
  baseUrl: string,
  ticket: UploadTicket,
  bytes: Uint8Array,
  name: string,
  type: string,
) {
  const form = new FormData();
  for (const [field, value] of Object.entries(ticket.fields)) form.append(field, value);
  form.append('file', new Blob([bytes], { type }), name);
  // Local tickets name a path of the site; S3 tickets an absolute URL.
  const response = await fetch(new URL(ticket.url, baseUrl), { method: 'POST', body: form });
  await response.arrayBuffer();
  return response.status;
}

/** How many items of one type (`Draft`, `Submission`, `AuditEvent`) a dump holds. */
export const countOf = (dump: Record<string, unknown>[], type: string) =>
  dump.filter((item) => item.type === type).length;

export interface InProcessRequest {
  /** The route as routes.ts names it, e.g. `POST /api/forms/{formId}/submissions`. */
  routeKey: string;
  pathParameters?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
}

/** Invokes a handler in-process with the API Gateway v2 event that the HTTP API would send. */
export async function invoke(handler: LocalHandler, request: InProcessRequest) {
  const [method = 'GET', path = '/'] = request.routeKey.split(' ');
  const event: APIGatewayProxyEventV2 = httpEvent(method, path, {
    headers: { 'content-type': 'application/json', ...request.headers },
    ...(request.pathParameters ? { pathParameters: request.pathParameters } : {}),
    ...(request.body === undefined ? {} : { body: request.body }),
  });
  const result = (await handler(
    event as never,
    localLambdaContext('api'),
  )) as APIGatewayProxyStructuredResultV2;
  return { status: result.statusCode ?? 200, body: result.body ? JSON.parse(result.body) : undefined };
}

/** The api function of `ports` built over another form registry. */
export const apiWithForms = (forms: FormRegistry) => (ports: LocalRuntimePorts) =>
  createApiHandler(apiDeps(ports, forms)) as LocalHandler;

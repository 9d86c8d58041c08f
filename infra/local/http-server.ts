import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { type Route, routes } from '#functions/api/routes.ts';
import type { Clock } from '#functions/ports/clock.ts';
import type { LocalHandler } from './functions.ts';
import { localLambdaContext } from './lambda-context.ts';
import { type LocalFileStore, localUploadPathPrefix } from './local-file-store.ts';
import { outboxPath, serveOutbox } from './outbox-page.ts';
import { localAccount } from './workflows/definitions.ts';

/** API Gateway refuses larger payloads; the embedded server does the same. */
const maxBodyBytes = 10 * 1024 * 1024;
const textTypes = /^(text\/|application\/(json|x-www-form-urlencoded|xml|javascript))/;

interface Matcher {
  route: Route;
  pattern: RegExp;
  params: string[];
}

/**
 * Serves the routes of `functions/api/routes.ts` by turning each request into the API Gateway
 * v2 event that the HTTP API would send, and the handler's result back into a response.
 */
export function createHttpServer(
  functions: Record<string, LocalHandler>,
  clock: Clock,
  files: LocalFileStore,
  outbox?: Parameters<typeof serveOutbox>[2],
): Server {
  const matchers = routes.map(compile);
  return createServer((request, response) => {
    const path = request.url ?? '/';
    // The upload endpoint stands in for S3's, which is not a route of the HTTP API either.
    if (outbox && request.method === 'GET' && (path === outboxPath || path.startsWith(`${outboxPath}/`))) {
      serveOutbox(request, response, outbox);
      return;
    }
    const work =
      request.method === 'POST' && path.startsWith(localUploadPathPrefix)
        ? files.handleUpload(request, response, path.slice(localUploadPathPrefix.length))
        : handle(request, response, matchers, functions, clock);
    work.catch((error: unknown) => {
      console.error('Local server error', error);
      if (!response.headersSent)
        send(response, { statusCode: 500, body: '{"error":{"code":"internal_error"}}' });
    });
  });
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  matchers: Matcher[],
  functions: Record<string, LocalHandler>,
  clock: Clock,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const method = request.method ?? 'GET';
  const found = findRoute(matchers, method, url.pathname);
  if (!found) return send(response, notFound());
  const body = await readBody(request);
  if (body === undefined) {
    return send(response, {
      statusCode: 413,
      body: '{"error":{"code":"payload_too_large","message":"Body too large"}}',
    });
  }
  const handler = functions[found.route.function];
  if (!handler) throw new Error(`No local function ${found.route.function}`);
  const event = toEvent(request, url, found, body, clock);
  const result = (await handler(
    event as never,
    localLambdaContext(found.route.function),
  )) as APIGatewayProxyStructuredResultV2;
  send(response, result);
}

function compile(route: Route): Matcher {
  const params: string[] = [];
  const source = route.path.replace(/\{([^}+]+)(\+?)\}/g, (_, name: string, greedy: string) => {
    params.push(name);
    return greedy ? '(.+)' : '([^/]+)';
  });
  return { route, pattern: new RegExp(`^${source}$`), params };
}

function findRoute(matchers: Matcher[], method: string, path: string) {
  for (const matcher of matchers) {
    if (matcher.route.method !== method) continue;
    const match = matcher.pattern.exec(path);
    if (!match) continue;
    const pathParameters = Object.fromEntries(
      matcher.params.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]),
    );
    return { route: matcher.route, pathParameters };
  }
  return undefined;
}

async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function toEvent(
  request: IncomingMessage,
  url: URL,
  found: NonNullable<ReturnType<typeof findRoute>>,
  body: Buffer,
  clock: Clock,
): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const query = Object.fromEntries(url.searchParams);
  const isText = textTypes.test(headers['content-type'] ?? 'text/plain');
  const now = clock.now();
  const routeKey = `${found.route.method} ${found.route.path}`;
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    ...(headers.cookie ? { cookies: headers.cookie.split(/;\s*/) } : {}),
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    ...(Object.keys(found.pathParameters).length ? { pathParameters: found.pathParameters } : {}),
    requestContext: {
      accountId: localAccount,
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: found.route.method,
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(body.length ? { body: isText ? body.toString('utf8') : body.toString('base64') } : {}),
    isBase64Encoded: body.length > 0 && !isText,
  };
}

function send(response: ServerResponse, result: APIGatewayProxyStructuredResultV2): void {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  const body = result.body === undefined ? '' : result.body;
  response.writeHead(result.statusCode ?? 200, headers);
  response.end(result.isBase64Encoded ? Buffer.from(body, 'base64') : body);
}

/** The server's own answers (no route, body too large), shaped like the handlers' errors. */
function localError(
  statusCode: number,
  code: string,
  id: string,
  en: string,
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ error: { code, message: { id, en } } }),
  };
}

const notFound = () => localError(404, 'not_found', 'Tidak ditemukan.', 'Not found.');

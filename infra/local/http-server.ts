import { randomUUID } from 'node:crypto';
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
  STATUS_CODES,
} from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { type Route, routes } from '#functions/app/routes.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import type { LocalHandler } from './functions.ts';
import { localLambdaContext } from './lambda-context.ts';
import { localFilesPathPrefix } from './local-file-open.ts';
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
 * Serves the routes of `functions/app/routes.ts` by turning each request into the API Gateway
 * v2 event that the HTTP API would send, and the handler's result back into a response.
 * Whatever a request holds, it gets an answer (a 500 at worst) and the process keeps serving.
 */
export function createHttpServer(
  functions: Record<string, LocalHandler>,
  clock: Clock,
  files: LocalFileStore,
  outbox?: Parameters<typeof serveOutbox>[2],
): Server {
  const matchers = routes.map(compile);
  const dispatch = (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = parseUrl(request.url);
    if (!url) return Promise.resolve(send(response, localError('badTarget')));
    const { pathname } = url;
    if (outbox && request.method === 'GET' && isUnder(pathname, outboxPath)) {
      return Promise.resolve(serveOutbox(pathname, response, outbox));
    }
    // The upload endpoint stands in for S3's, which is not a route of the HTTP API either.
    if (request.method === 'POST' && pathname.startsWith(localUploadPathPrefix)) {
      return files.handleUpload(request, response, pathname.slice(localUploadPathPrefix.length));
    }
    // And the file links stand in for S3's presigned GETs.
    if (request.method === 'GET' && pathname.startsWith(localFilesPathPrefix)) {
      return files.handleOpen(response, pathname.slice(localFilesPathPrefix.length));
    }
    return handle(request, response, url, matchers, functions, clock);
  };
  const server = createServer((request, response) => {
    // A client that goes away mid-request is no fault of the server's.
    request.on('error', logStreamError);
    response.on('error', logStreamError);
    let work: Promise<void>;
    try {
      work = dispatch(request, response);
    } catch (error) {
      work = Promise.reject(error);
    }
    work.catch((error: unknown) => answerFailure(response, error));
  });
  server.on('clientError', answerClientError);
  return server;
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  matchers: Matcher[],
  functions: Record<string, LocalHandler>,
  clock: Clock,
): Promise<void> {
  const found = findRoute(matchers, request.method ?? 'GET', url.pathname);
  if (!found) return send(response, localError('notFound'));
  if (found === 'undecodable') return send(response, localError('badEscape'));
  const body = await readBody(request);
  if (body === undefined) return send(response, localError('tooLarge'));
  const handler = functions[found.route.function];
  if (!handler) throw new Error(`No local function ${found.route.function}`);
  const event = toEvent(request, url, found, body, clock);
  const result = (await handler(
    event as never,
    localLambdaContext(found.route.function),
  )) as APIGatewayProxyStructuredResultV2;
  send(response, result);
}

/** The request target as a URL, or undefined when even that does not parse (`http://[`). */
function parseUrl(target: string | undefined): URL | undefined {
  try {
    return new URL(target ?? '/', 'http://localhost');
  } catch {
    return undefined;
  }
}

const isUnder = (pathname: string, prefix: string) =>
  pathname === prefix || pathname.startsWith(`${prefix}/`);

function compile(route: Route): Matcher {
  const params: string[] = [];
  const source = route.path.replace(/\{([^}+]+)(\+?)\}/g, (_, name: string, greedy: string) => {
    params.push(name);
    return greedy ? '(.+)' : '([^/]+)';
  });
  return { route, pattern: new RegExp(`^${source}$`), params };
}

/** The route and its decoded parameters; `undecodable` when a parameter's escapes are not UTF-8. */
function findRoute(matchers: Matcher[], method: string, path: string) {
  for (const matcher of matchers) {
    if (matcher.route.method !== method) continue;
    const match = matcher.pattern.exec(path);
    if (!match) continue;
    const values = matcher.params.map((_, i) => decodeOrUndefined(match[i + 1] ?? ''));
    if (values.includes(undefined)) return 'undecodable' as const;
    const pathParameters = Object.fromEntries(matcher.params.map((name, i) => [name, values[i] as string]));
    return { route: matcher.route, pathParameters };
  }
  return undefined;
}

function decodeOrUndefined(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
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
  found: Exclude<ReturnType<typeof findRoute>, undefined | 'undecodable'>,
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

/** The server's own answers, shaped like the handlers' errors: status, code, Bahasa Indonesia, English. */
const localErrors = {
  notFound: [404, 'not_found', 'Tidak ditemukan.', 'Not found.'],
  badEscape: [
    400,
    'bad_request',
    'Permintaan tidak valid: alamatnya memuat kode persen yang tidak dapat dibaca.',
    'Bad request: the address holds a percent-escape that cannot be decoded.',
  ],
  badTarget: [
    400,
    'bad_request',
    'Permintaan tidak valid: alamatnya tidak dapat dibaca.',
    'Bad request: the address cannot be read.',
  ],
  tooLarge: [
    413,
    'payload_too_large',
    `Isi permintaan melebihi batas ${maxBodyBytes / 1024 / 1024} MB.`,
    `The request body exceeds the ${maxBodyBytes / 1024 / 1024} MB limit.`,
  ],
  internal: [
    500,
    'internal_error',
    'Terjadi kesalahan pada sistem. Silakan coba lagi.',
    'Something went wrong. Please try again.',
  ],
  malformed: [
    400,
    'bad_request',
    'Permintaan tidak valid: bukan HTTP yang sah.',
    'Bad request: not valid HTTP.',
  ],
  headersTooLarge: [
    431,
    'headers_too_large',
    'Header permintaan terlalu besar.',
    'The request headers are too large.',
  ],
  timeout: [
    408,
    'request_timeout',
    'Permintaan tidak diterima utuh tepat waktu.',
    'The request did not arrive in time.',
  ],
} as const satisfies Record<string, readonly [number, string, string, string]>;

function localError(which: keyof typeof localErrors): APIGatewayProxyStructuredResultV2 {
  const [statusCode, code, id, en] = localErrors[which];
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    body: JSON.stringify({ error: { code, message: { id, en } } }),
  };
}

/** A request that failed after it was routed: a 500 if nothing was sent yet, else the connection ends. */
function answerFailure(response: ServerResponse, error: unknown): void {
  if (!isClientGone(error)) console.error('Local server error', error);
  if (response.headersSent || response.destroyed) {
    response.destroy();
    return;
  }
  try {
    send(response, localError('internal'));
  } catch {
    response.destroy();
  }
}

/** The client closed the connection mid-request: nothing to answer, nothing to report. */
const isClientGone = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'ECONNRESET';

function logStreamError(error: NodeJS.ErrnoException): void {
  if (!isClientGone(error)) console.error('Local server stream error', error.message);
}

/** Node's parser names what it refused; anything it does not name is plain malformed HTTP. */
const clientErrors: Record<string, keyof typeof localErrors> = {
  HPE_HEADER_OVERFLOW: 'headersTooLarge',
  ERR_HTTP_REQUEST_TIMEOUT: 'timeout',
};

/**
 * Malformed HTTP never reaches a route: Node's parser refuses it. Answered as Node would (400,
 * 431 for headers too large, 408 when too slow), in the JSON shape of the server's other errors,
 * unless part of a response is already on the wire.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  const connection = socket as Socket;
  // A response still being handled may write after this; the connection is over either way.
  connection.on('error', () => {});
  if (isClientGone(error) || !connection.writable || connection.bytesWritten > 0) {
    connection.destroy();
    return;
  }
  const { statusCode = 400, body = '' } = localError(clientErrors[error.code ?? ''] ?? 'malformed');
  connection.write(
    [
      `HTTP/1.1 ${statusCode} ${STATUS_CODES[statusCode]}`,
      'connection: close',
      'cache-control: no-store',
      'content-type: application/json; charset=utf-8',
      `content-length: ${Buffer.byteLength(body)}`,
      '',
      body,
    ].join('\r\n'),
  );
  connection.destroySoon();
}

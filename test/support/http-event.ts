import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/** An API Gateway v2 event, as the HTTP API sends it, for unit tests of HTTP handlers. */
export function httpEvent(
  method: string,
  path: string,
  overrides: Partial<APIGatewayProxyEventV2> = {},
): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: `${method} ${path}`,
    rawPath: path,
    rawQueryString: '',
    headers: {},
    requestContext: {
      accountId: '000000000000',
      apiId: 'test',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      requestId: 'request-1',
      routeKey: `${method} ${path}`,
      stage: '$default',
      time: '04/May/2026:03:02:01 +0000',
      timeEpoch: 1777863721000,
    },
    isBase64Encoded: false,
    ...overrides,
  };
}

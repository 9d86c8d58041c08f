import { operationTools } from '#functions/platform/http/operation.ts';
import { responseBodies } from './response-schemas.ts';

/**
 * The answer of an operation of no one part (the OpenAPI document), parsed with its documented
 * schema like every other; each part answers through its own `operationTools`.
 */
export const { answer } = operationTools({
  pathParameters: {},
  requestBodies: {},
  requestHeaders: {},
  queryParameters: {},
  responseBodies,
});

import { answerOf } from '#functions/platform/http/answer.ts';
import { responseBodies } from './response-schemas.ts';

/**
 * The answer of an operation of no one part (the OpenAPI document, health), parsed with its
 * documented schema like every other; each part answers through its own `operationTools`.
 */
export const answer = answerOf(responseBodies);

import { apiDepsOf } from '../deps.ts';
import type { Ports } from '../ports.ts';
import { createApiHandler } from './api.ts';

/** The `api` function on AWS, from its ports: the JWT authorizer admits bearer tokens only, so no session cookie reaches it. */
export const createAwsApiHandler = (ports: Ports) =>
  createApiHandler(apiDepsOf(ports, { cookieSessions: false }));

import { createApiHandler } from '#functions/app/api/api.ts';
import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { apiDepsOf } from '#functions/app/deps.ts';

// On AWS the JWT authorizer admits bearer tokens only: no session cookie reaches the API.
export const handler = createApiHandler(apiDepsOf(awsPorts('api'), { cookieSessions: false }));

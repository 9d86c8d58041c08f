import { createOpenApiHandler } from '#functions/api/openapi-handler.ts';

export const handler = createOpenApiHandler();

import { createOpenApiHandler } from '#functions/app/openapi/openapi-handler.ts';

export const handler = createOpenApiHandler();

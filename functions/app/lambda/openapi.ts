// Built by `npm run build:modules` from functions/app/modules.ts; a unit test keeps it in step.
import { createOpenApiHandler } from '#functions/app/openapi/openapi-handler.ts';

export const handler = createOpenApiHandler();

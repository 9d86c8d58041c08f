/**
 * The HTTP routes of Siklus, in one place. The HTTP API in CDK and the embedded server both
 * build their routing from this list; an infra test holds it against the synthesized template.
 */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** API Gateway route path, with `{name}` parameters. */
  path: string;
  /** Entry file under `functions/lambda/` that serves the route. */
  function: string;
  /** The operation that the function runs for this route (and the OpenAPI operationId). */
  operation: string;
  /** `public` routes need no identity; `bearer` routes need a verified token (JWT authorizer on AWS too). */
  access: 'public' | 'bearer';
  summary: string;
}

export const routes: readonly Route[] = [
  {
    method: 'GET',
    path: '/health',
    function: 'health',
    operation: 'health',
    access: 'public',
    summary: 'Liveness of the API and its table',
  },
  {
    method: 'GET',
    path: '/openapi.json',
    function: 'openapi',
    operation: 'openApi',
    access: 'public',
    summary: 'This API, described as OpenAPI 3.1',
  },
  {
    method: 'GET',
    path: '/api/me/forms',
    function: 'api',
    operation: 'listMyForms',
    access: 'bearer',
    summary: "The forms I can fill, with my OPD's drafts and submissions",
  },
  {
    method: 'GET',
    path: '/api/forms/{formId}',
    function: 'api',
    operation: 'getForm',
    access: 'bearer',
    summary: 'A form definition (latest, or ?version=)',
  },
  {
    method: 'POST',
    path: '/api/forms/{formId}/drafts',
    function: 'api',
    operation: 'createDraft',
    access: 'bearer',
    summary: 'Start a draft',
  },
  {
    method: 'GET',
    path: '/api/forms/{formId}/drafts/{draftId}',
    function: 'api',
    operation: 'getDraft',
    access: 'bearer',
    summary: 'Read a draft',
  },
  {
    method: 'PUT',
    path: '/api/forms/{formId}/drafts/{draftId}',
    function: 'api',
    operation: 'saveDraft',
    access: 'bearer',
    summary: 'Save a draft (optimistic locking on revision)',
  },
  {
    method: 'POST',
    path: '/api/forms/{formId}/submissions',
    function: 'api',
    operation: 'submit',
    access: 'bearer',
    summary: 'Submit answers, pinned to a form version',
  },
  {
    method: 'GET',
    path: '/api/submissions/{submissionId}',
    function: 'api',
    operation: 'getSubmission',
    access: 'bearer',
    summary: 'Read a submission',
  },
  {
    method: 'POST',
    path: '/api/uploads',
    function: 'api',
    operation: 'createUpload',
    access: 'bearer',
    summary: 'Get a presigned upload for an evidence file',
  },
];

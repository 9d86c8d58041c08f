/**
 * The HTTP routes of Siklus, in one place. The HTTP API in CDK and the embedded server both
 * build their routing from this list; an infra test holds it against the synthesized template.
 */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** API Gateway route path, with `{name}` parameters. */
  path: string;
  /** Entry file under `functions/app/lambda/` that serves the route. */
  function: string;
  /** The operation that the function runs for this route (and the OpenAPI operationId). */
  operation: string;
  /**
   * `public`: no identity; `bearer`: a verified token (the JWT authorizer checks it on AWS too);
   * `session`: a web page that reads the session cookie itself (no authorizer).
   */
  access: 'public' | 'bearer' | 'session';
  summary: string;
  /** Served by the embedded runtime only (demo sign-in); never deployed. */
  embeddedOnly?: boolean;
}

const page = (
  method: Route['method'],
  path: string,
  operation: string,
  summary: string,
  extra: Partial<Route> = {},
): Route => ({
  method,
  path,
  function: 'web',
  operation,
  access: 'session',
  summary,
  ...extra,
});

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
    method: 'GET',
    path: '/api/forms/{formId}/schema',
    function: 'api',
    operation: 'getFormSchema',
    access: 'bearer',
    summary: "The JSON Schema of a form version's answers (latest, or ?version=; titles in ?lang=id|en)",
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
  {
    method: 'GET',
    path: '/api/obligations',
    function: 'api',
    operation: 'listObligations',
    access: 'bearer',
    summary: "A page of my city's obligations of a cycle (?year=, default the current; ?limit=, ?cursor=)",
  },
  {
    method: 'POST',
    path: '/api/obligations/{obligationId}/move',
    function: 'api',
    operation: 'moveObligation',
    access: 'bearer',
    summary: "Move an obligation's deadline (admins; its reminders move with it; audited)",
  },
  {
    method: 'POST',
    path: '/api/obligations/{obligationId}/waive',
    function: 'api',
    operation: 'waiveObligation',
    access: 'bearer',
    summary: 'Waive an obligation with a reason (admins; no more reminders; audited)',
  },
  page('GET', '/', 'start', 'Start page: what Siklus is, and the way in'),
  page('GET', '/tugas', 'todo', "The OPD's to-do list"),
  page('GET', '/forms/{formId}/new', 'showForm', 'A new, empty form'),
  page('POST', '/forms/{formId}/new', 'postForm', 'Save or submit a new form'),
  page('GET', '/forms/{formId}/drafts/{draftId}', 'showForm', 'A draft, to continue'),
  page('POST', '/forms/{formId}/drafts/{draftId}', 'postForm', 'Save or submit a draft'),
  page('GET', '/submissions/{submissionId}', 'submission', 'A submission, read-only'),
  page('POST', '/uploads', 'upload', 'An upload ticket for the page script'),
  page('GET', '/kewajiban/{obligationId}', 'obligation', 'One obligation: fill it, or see where it stands'),
  page('GET', '/l/{token}', 'openLink', 'A signed link from an email: who it signs in, and a button'),
  page('POST', '/l/open', 'confirmLink', 'Sign in with a signed link (the button of its page)'),
  page('POST', '/l/renew', 'renewLink', 'Mail a fresh link for an expired one'),
  page('GET', '/auth/login', 'login', 'To Cognito managed login (PKCE)'),
  page('GET', '/auth/callback', 'callback', 'Back from Cognito managed login'),
  page('POST', '/auth/logout', 'logout', 'Sign out'),
  page('POST', '/auth/logout-everywhere', 'logoutEverywhere', 'Sign out on every device'),
  page('GET', '/admin/kewajiban', 'adminObligations', "The cycle's obligations: move a deadline, waive"),
  page(
    'POST',
    '/admin/kewajiban/{obligationId}/pindah',
    'moveObligationPage',
    "Move an obligation's deadline",
  ),
  page('POST', '/admin/kewajiban/{obligationId}/bebaskan', 'waiveObligationPage', 'Waive an obligation'),
  page('GET', '/admin/siklus', 'adminCycle', "The cycle's settings and its reminder ladder"),
  page('GET', '/bahasa/{lang}', 'language', 'Switch language, remembered'),
  page('GET', '/assets/{file}', 'asset', 'A page script, by its content-hashed name'),
  page('POST', '/demo/sign-in', 'demoSignIn', 'One-click sign-in as a demo person', { embeddedOnly: true }),
  // Anything else a browser asks for gets the not-found page in the person's language.
  page('GET', '/{proxy+}', 'notFound', 'Every other page: not found'),
];

/** The JSON routes, which the OpenAPI document describes (pages are HTML, for people). */
export const jsonRoutes: readonly Route[] = routes.filter((route) => route.access !== 'session');

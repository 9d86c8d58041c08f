import type { Role } from '#functions/platform/identity/identity.ts';
import type { LinkPurpose } from '#functions/platform/identity/signed-links.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';

/**
 * What a route or a workflow task may use beyond its code. The CDK app grants a function the
 * union of what its routes and tasks declare (and sets the environment that goes with it), and
 * both runtimes hand a function only the ports of its capabilities: a port it did not declare
 * refuses every call, on one machine as on AWS, so the tests find a declaration that is missing.
 */
export const capabilities = [
  /** The table, read only. */
  'table-read',
  /** The table's stores, read and write (all but the workflow records). */
  'table',
  /** The workflow records (heartbeats, failures), read and write: the monitoring tasks. */
  'workflow-records',
  /** The evidence bucket: upload tickets, HEAD and PUT of evidence files. */
  'evidence',
  /** Sending email (SES). */
  'mail',
  /** Signing and verifying the links in emails (the link keys secret), and the site's origin. */
  'links',
  /** Creating and deleting the schedules of the reminder workflow. */
  'schedules',
  /** Verifying Cognito tokens of the user pool. */
  'people',
  /** Cognito managed login for the pages (the hosted domain). */
  'sign-in',
  /** Starting executions of the workflows the parts declare (`workflows` of a descriptor). */
  'workflows',
] as const;
export type Capability = (typeof capabilities)[number];

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface RouteBase {
  method: Method;
  /** API Gateway route path, with `{name}` parameters. */
  path: string;
  /** The Lambda function that serves the route (an entry file under `functions/app/lambda/`). */
  function: string;
  /** The operation the function runs for this route (and the OpenAPI operationId). */
  operation: string;
  needs: readonly Capability[];
  /** Served by the embedded runtime only (demo sign-in); never deployed. */
  embeddedOnly?: boolean;
  /**
   * A route anyone may call without signing in (a public questionnaire): its own steady rate and
   * burst, in requests a second for all callers together, below the stage's, so that a flood of
   * it cannot take the site's capacity. API Gateway applies them on AWS.
   */
  throttle?: { rateLimit: number; burstLimit: number };
}

/** A JSON route: `public` (no identity) or `bearer` (a verified token; the JWT authorizer checks it on AWS too). */
export interface ApiRoute extends RouteBase {
  access: 'public' | 'bearer';
  /** What it does, as the OpenAPI document says it (a page's description is its doc comment). */
  summary: string;
}

/**
 * How a page POST proves it comes from a page of this site: the session's token in the form's
 * `_csrf` field or in the `x-csrf-token` header, or, before any session exists (a sign-in), the
 * token of the sign-in cookie in the form. The web function checks it before the page runs.
 */
export type CsrfCheck = 'session-form' | 'session-header' | 'sign-in-form';

interface PageBase extends RouteBase {
  access: 'session';
  /** The page needs a session; without one the person is asked to sign in, before the page runs. */
  signedIn?: true;
  /** Roles of which the session must hold one, checked before the page runs. */
  roles?: readonly Role[];
  /**
   * The link purposes whose sessions may use the page: `'any'` for the way in and out, else
   * the purposes listed (none: sessions opened from a link never reach it).
   */
  links?: 'any' | readonly LinkPurpose[];
  /** The page's script calls it: every answer, refusals included, is JSON. */
  answers?: 'json';
}

/** A web page read with GET: nothing to prove. */
export interface PageGet extends PageBase {
  method: 'GET';
  /** It answers with a file to download (`Content-Disposition: attachment`); a refusal is still a page. */
  download?: true;
}

/** A web page that changes something: it must say how it proves its origin. */
export interface PagePost extends PageBase {
  method: 'POST';
  csrf: CsrfCheck;
  /** The form may carry a file (multipart, one file as large as evidence); any other POST is form-encoded only. */
  files?: true;
  /** A body cap of its own, below the form cap (a public questionnaire's): a larger body is refused, 413, before it is read. */
  maxBytes?: number;
}

export type PageRoute = PageGet | PagePost;
export type Route = ApiRoute | PageRoute;

/**
 * A Lambda function of a workflow task. Its entry file under `functions/app/lambda/` is built
 * from this (`npm run build:modules`): the handler `create` exported by `file` (in the part's
 * folder), handed `deps`.
 */
export interface TaskFunction {
  function: string;
  description: string;
  needs: readonly Capability[];
  /** The part's file that exports the handler's factory, and the factory's name. */
  handler: { file: string; create: string };
  /**
   * What the factory is handed: `ports`, the function's granted ports as they are; `cycle`, those
   * ports under their names with every part's kinds of obligation (`kinds`).
   */
  deps: 'ports' | 'cycle';
  /** Longer than the default minute, for a task that works through a batch. */
  timeoutSeconds?: number;
}

/** A link of the site's main navigation, declared by the part of the cycle whose page it opens. */
export interface NavLink {
  href: string;
  label: Bilingual;
  /** Shown to sessions holding one of these roles. */
  roles?: readonly Role[];
  /** Shown only to the sessions this page is the home of (an OPD's to-do list). */
  homeOnly?: true;
}

/**
 * One part of the cycle, as the CDK app, the embedded runtime and the CLI see it: its routes
 * and its workflow task functions, each with what it needs. Data only (no handlers), so that
 * the CDK app and the OpenAPI function read it without loading any page or store.
 */
export interface ModuleDescriptor {
  name: string;
  routes: readonly Route[];
  tasks: readonly TaskFunction[];
  /** Links of the site's main navigation to the part's pages. */
  navigation?: readonly NavLink[];
  /**
   * The workflows the part runs, by file name under `workflows/` (each exporting `workflow`, made
   * with `defineWorkflow`): the CDK app deploys each as a state machine with the task functions
   * it names.
   */
  workflows?: readonly string[];
}

export const defineModule = <const M extends ModuleDescriptor>(module: M): M => module;

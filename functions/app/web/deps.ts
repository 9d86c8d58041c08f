import type { PeopleStore } from '#functions/directory/store/people-store.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import type { AuditLog } from '#functions/platform/audit/audit-log.ts';
import type { ClaimStore } from '#functions/platform/identity/claim-store.ts';
import type { RateLimitStore } from '#functions/platform/identity/rate-limit-store.ts';
import type { SessionStore } from '#functions/platform/identity/session-store.ts';
import type { LinkSigner } from '#functions/platform/identity/signed-links.ts';
import type { Mailer } from '#functions/platform/ports/mailer.ts';
import type { TokenVerifier } from '#functions/platform/ports/token-verifier.ts';
import type { SubmissionDeps } from '#functions/submissions/deps.ts';

/** Cognito managed login (authorization code with PKCE), the way in on AWS. */
export interface CognitoSignIn {
  kind: 'cognito';
  /** The user pool domain, e.g. `https://siklus-prod.auth.ap-southeast-3.amazoncognito.com`. */
  domain: string;
  clientId: string;
  verifier: TokenVerifier;
}

/** One-click sign-in as a demo person: the embedded runtime only. */
export interface DemoSignIn {
  kind: 'demo';
  /** Every person the demo city is seeded with; the featured ones get a button of their own. */
  people: readonly {
    id: string;
    name: string;
    role: string;
    opd?: string;
    opdName?: string;
    featured: boolean;
  }[];
  claims: (personId: string) => Record<string, unknown> | undefined;
}

export interface WebDeps extends SubmissionDeps {
  sessions: SessionStore;
  links: LinkSigner;
  people: PeopleStore;
  mailer: Mailer;
  audit: AuditLog;
  claims: ClaimStore;
  /** Counts sign-ins per client, so that nobody can start sessions without limit. */
  rateLimits: RateLimitStore;
  signIn: CognitoSignIn | DemoSignIn;
  /** This site's origin, for links in emails and OAuth redirects. */
  baseUrl: string;
  /** The ports of the obligation use cases, for the admin page (move a deadline, waive). */
  obligationDeps: ObligationDeps;
}

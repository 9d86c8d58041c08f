import type { PeopleStore } from '#functions/directory/stores.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import type { ClaimStore } from '#functions/platform/identity/claim-store.ts';
import type { LinkSigner } from '#functions/platform/identity/signed-links.ts';
import type { Mailer } from '#functions/platform/ports/mailer.ts';
import type { TokenVerifier } from '#functions/platform/ports/token-verifier.ts';
import type { PageDeps, WebRequest } from '#functions/platform/web/request.ts';

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
    /** For a member of the evaluation team: whether they lead it, and OPDs by name. */
    team?: {
      lead: boolean;
      /** The OPD they are staff of: never their token's OPD. */
      staffOfName?: string;
      /** The OPDs they declared a conflict of interest with. */
      conflictNames: readonly string[];
    };
  }[];
  claims: (personId: string) => Record<string, unknown> | undefined;
}

/** What the pages of the way in and out need, beyond the platform's. */
export interface AccessPageDeps extends PageDeps {
  links: LinkSigner;
  people: PeopleStore;
  mailer: Mailer;
  claims: ClaimStore;
  signIn: CognitoSignIn | DemoSignIn;
  /** The obligation a link was sent for, its city and OPD. */
  obligationDeps: ObligationDeps;
}

export type AccessRequest = WebRequest<AccessPageDeps>;

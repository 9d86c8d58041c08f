/** The roles a person can hold; on AWS they are the Cognito user pool's groups. */
export const roles = ['admin', 'evaluator', 'opd-operator', 'opd-head'] as const;
export type Role = (typeof roles)[number];

/** Roles that act for one OPD, and so must carry an `opd` claim and are scoped to it. */
export const opdRoles: readonly Role[] = ['opd-operator', 'opd-head'];

/**
 * Who is calling, from verified claims only. City and OPD scope every read and write;
 * nothing in a path or body can widen them.
 */
export interface Identity {
  subject: string;
  city: string;
  /** Present for OPD roles: the one OPD they act for. */
  opd?: string;
  roles: Role[];
  email?: string;
  name?: string;
}

/** Thrown when verified claims do not make a usable identity (no city, an OPD role without an OPD). */
export class IncompleteIdentityError extends Error {
  override readonly name = 'IncompleteIdentityError';
}

const slug = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * Maps the claims of a verified token to an {@link Identity}. The claim names are Cognito's:
 * `custom:city` and `custom:opd` (attributes the app client cannot write), `cognito:groups`.
 */
export function identityFromClaims(claims: Record<string, unknown>): Identity {
  const subject = claims.sub;
  const city = claims['custom:city'];
  const opd = claims['custom:opd'];
  const groups = Array.isArray(claims['cognito:groups']) ? claims['cognito:groups'] : [];
  const held = roles.filter((role) => groups.includes(role));
  if (typeof subject !== 'string' || !subject) throw new IncompleteIdentityError('Token has no subject');
  if (typeof city !== 'string' || !slug.test(city))
    throw new IncompleteIdentityError('Token has no valid city');
  if (held.length === 0) throw new IncompleteIdentityError('Token holds no Siklus role');
  const needsOpd = held.some((role) => opdRoles.includes(role));
  if (needsOpd && (typeof opd !== 'string' || !slug.test(opd))) {
    throw new IncompleteIdentityError('An OPD role needs a valid OPD');
  }
  return {
    subject,
    city,
    roles: held,
    ...(needsOpd ? { opd: opd as string } : {}),
    ...(typeof claims.email === 'string' ? { email: claims.email } : {}),
    ...(typeof claims.name === 'string' ? { name: claims.name } : {}),
  };
}

export const hasRole = (identity: Identity, ...wanted: Role[]) =>
  identity.roles.some((r) => wanted.includes(r));

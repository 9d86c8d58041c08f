import type { Role } from '#functions/platform/identity/identity.ts';

/** Someone who calls the API: the claims a Cognito-like ID token would carry for them. */
export interface Person {
  /** A short name for test titles. */
  label: string;
  claims: Record<string, unknown>;
}

/** A person with the claims of an ID token of theirs. */
export const person = (label: string, sub: string, city: string, roles: Role[], opd?: string): Person => ({
  label,
  claims: {
    sub,
    'custom:city': city,
    ...(opd === undefined ? {} : { 'custom:opd': opd }),
    'cognito:groups': roles,
    email: `${sub}@${city}.example.go.id`,
    name: label,
  },
});

/** OPD A and OPD B of Kota Jambi, and an OPD with A's slug in another city. */
export const opdA = { city: 'jambi', opd: 'dinas-kominfo' } as const;
export const opdB = { city: 'jambi', opd: 'dinas-kesehatan' } as const;
export const foreignCity = { city: 'palembang', opd: 'dinas-kominfo' } as const;

/** The people of the tests: who they are decides what they may see and change. */
export const people = {
  operatorA: person('operator of OPD A', 'user-operator-a', opdA.city, ['opd-operator'], opdA.opd),
  headA: person('head of OPD A', 'user-head-a', opdA.city, ['opd-head'], opdA.opd),
  operatorB: person('operator of OPD B', 'user-operator-b', opdB.city, ['opd-operator'], opdB.opd),
  evaluator: person('evaluator of Jambi', 'user-evaluator', 'jambi', ['evaluator']),
  admin: person('admin of Jambi', 'user-admin', 'jambi', ['admin']),
  foreignCityOperator: person(
    'operator of OPD A in another city',
    'user-operator-palembang',
    foreignCity.city,
    ['opd-operator'],
    foreignCity.opd,
  ),
} as const satisfies Record<string, Person>;

/** `base` with some claims replaced, and those named in `remove` left out. */
export function withClaims(base: Person, changes: Record<string, unknown>, remove: string[] = []): Person {
  const claims = { ...base.claims, ...changes };
  for (const name of remove) delete claims[name];
  return { label: `${base.label} (changed claims)`, claims };
}

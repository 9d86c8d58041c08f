import { describe, expect, it } from 'vitest';
import { IncompleteIdentityError, identityFromClaims } from '#functions/platform/identity/identity.ts';

const operator = {
  sub: 'u-1',
  'custom:city': 'jambi',
  'custom:opd': 'diskominfo',
  'cognito:groups': ['opd-operator'],
  email: 'op@example.org',
};

describe('identityFromClaims', () => {
  it('maps Cognito claims to city, OPD and roles', () => {
    expect(identityFromClaims(operator)).toEqual({
      subject: 'u-1',
      city: 'jambi',
      opd: 'diskominfo',
      roles: ['opd-operator'],
      email: 'op@example.org',
    });
  });

  it('ignores groups that are not Siklus roles', () => {
    expect(
      identityFromClaims({ ...operator, 'cognito:groups': ['opd-operator', 'superuser'] }).roles,
    ).toEqual(['opd-operator']);
  });

  it('drops the OPD claim of a city-wide role', () => {
    const evaluator = identityFromClaims({ ...operator, 'cognito:groups': ['evaluator'] });
    expect(evaluator.opd).toBeUndefined();
  });

  it.each([
    ['no subject', { ...operator, sub: undefined }],
    ['no city', { ...operator, 'custom:city': undefined }],
    ['a city that is not a slug', { ...operator, 'custom:city': 'Jambi City' }],
    ['no role', { ...operator, 'cognito:groups': [] }],
    ['an OPD role without an OPD', { ...operator, 'custom:opd': undefined }],
  ])('refuses claims with %s', (_case, claims) => {
    expect(() => identityFromClaims(claims)).toThrow(IncompleteIdentityError);
  });
});

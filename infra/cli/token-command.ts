import { roles } from '#functions/platform/identity/identity.ts';
import { systemClock } from '#functions/platform/time/system-clock.ts';
import { demoPeople } from '#infra/local/demo-city.ts';
import { claimsOf, seededPeople } from '#infra/local/demo-people.ts';
import { localTokenIssuer } from '#infra/local/local-token-issuer.ts';
import type { Command } from './commands.ts';

export const tokenCommand: Command = {
  summary: 'Mint a bearer token for a demo person (embedded engine only)',
  help: `Usage: siklus token --person <id> [--ttl <seconds>]
       siklus token --role <role> --city <city> [--opd <opd>] [--sub <subject>]

Prints an ID token signed with the embedded engine's local key, accepted by its API as
"Authorization: Bearer <token>". There is no such key on AWS: people sign in with Cognito.

Demo people: ${demoPeople.map((p) => p.id).join(', ')}, sekda (the city secretary);
and every seeded operator-<opd> and kepala-<opd>, e.g. operator-bappeda, kepala-bappeda.
Roles: ${roles.join(', ')}

Options:
  --person <id>     a person the demo city Kota Jambi is seeded with
  --role <role>     with --city (and --opd for OPD roles): any identity, for trying scope rules
  --ttl <seconds>   lifetime (default 3600)`,
  options: {
    person: { type: 'string' },
    role: { type: 'string' },
    city: { type: 'string' },
    opd: { type: 'string' },
    sub: { type: 'string' },
    ttl: { type: 'string', default: '3600' },
  },
  run: async ({ values, dirs }) => {
    const ttl = Number(values.ttl);
    if (!Number.isInteger(ttl) || ttl <= 0) throw new Error('--ttl must be a whole number of seconds');
    const claims = values.person ? personClaims(String(values.person)) : customClaims(values);
    console.log(localTokenIssuer(dirs.tokenKey, systemClock).issue(claims, ttl));
    return 0;
  },
};

function personClaims(id: string) {
  const person = seededPeople().find((p) => p.personId === id);
  if (!person)
    throw new Error(
      `Unknown person '${id}'. Demo people: ${demoPeople.map((p) => p.id).join(', ')}, sekda, and operator-<opd> / kepala-<opd> for every OPD`,
    );
  return claimsOf(person);
}

function customClaims(values: Record<string, unknown>) {
  const role = String(values.role ?? '');
  if (!(roles as readonly string[]).includes(role))
    throw new Error(`--role must be one of: ${roles.join(', ')}`);
  if (!values.city) throw new Error('--city is required with --role');
  return {
    sub: String(values.sub ?? `cli-${role}`),
    'custom:city': String(values.city),
    ...(values.opd ? { 'custom:opd': String(values.opd) } : {}),
    'cognito:groups': [role],
  };
}

import type { Opd } from '#functions/directory/model.ts';
import type { Person } from '#functions/directory/stores.ts';
import { type DemoOpd, demoCity, demoOpds, demoPersonRecords } from './demo-city.ts';

/** The city secretary (Sekretaris Daerah): escalations reach them last. */
export const secretaryId = 'sekda';

/**
 * Everyone the demo city is seeded with, derived from its OPDs: the featured demo people, an
 * operator and a head for every OPD that has none among them, and the city secretary. The seed
 * writes exactly these, and the start page and `siklus token --person` offer exactly these.
 */
export function seededPeople(
  city: string = demoCity.id,
  opds: readonly Pick<Opd, 'opd' | 'name'>[] = demoOpdRecords(),
): Person[] {
  const demo = demoPersonRecords(city);
  const staffed = new Set(demo.filter((p) => p.opd).map((p) => `${p.opd}#${p.role}`));
  const staff: Person[] = opds.flatMap((opd) =>
    (['opd-operator', 'opd-head'] as const)
      .filter((role) => !staffed.has(`${opd.opd}#${role}`))
      .map((role) => ({
        city,
        personId: `${role === 'opd-head' ? 'kepala' : 'operator'}-${opd.opd}`,
        name: `${role === 'opd-head' ? 'Kepala' : 'Operator'} ${opd.name}`,
        email: `${role === 'opd-head' ? 'kepala' : 'operator'}.${opd.opd}@example.org`,
        role,
        opd: opd.opd,
        language: 'id' as const,
      })),
  );
  const secretary: Person = {
    city,
    personId: secretaryId,
    name: `Sekretaris Daerah ${demoCity.name}`,
    email: 'sekda@example.org',
    role: 'admin',
    language: 'id',
  };
  return [...demo, ...staff, secretary];
}

/** The demo OPDs as the directory holds them. */
export const demoOpdRecords = (city: string = demoCity.id, opds: readonly DemoOpd[] = demoOpds): Opd[] =>
  opds.map((o) => ({ city, opd: o.id, name: o.name, kind: o.kind }));

/** The claims a token of a seeded person carries, as Cognito would issue them. */
export function claimsOf(person: Person): Record<string, unknown> {
  return {
    sub: person.personId,
    email: person.email,
    name: person.name,
    'custom:city': person.city,
    ...(person.opd ? { 'custom:opd': person.opd } : {}),
    'cognito:groups': [person.role],
  };
}

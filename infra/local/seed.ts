import type { Opd } from '#functions/obligations/model.ts';
import type { DirectoryStore } from '#functions/store/directory-store.ts';
import type { PeopleStore, Person } from '#functions/store/people-store.ts';
import { demoCity, demoOpds, demoPersonRecords } from './demo-city.ts';

export interface SeedOptions {
  /** OPDs beyond the real ones, named `opd-0001`...: for measuring how the engine scales. */
  extraOpds?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Kota Jambi for the embedded runtime: the city (WIB), its agencies and districts, and for each
 * an operator and a head, plus the demo people and the city secretary. Everything is a put of a
 * fixed id, so seeding twice changes nothing.
 */
export async function seedDemoCity(
  directory: DirectoryStore,
  people: PeopleStore,
  options: SeedOptions = {},
) {
  const city = demoCity.id;
  await directory.putCity({ city, name: demoCity.name, timeZone: demoCity.timeZone, secretary: 'sekda' });
  const extra = Array.from({ length: options.extraOpds ?? 0 }, (_, i) => {
    const n = String(i + 1).padStart(4, '0');
    return { id: `opd-${n}`, name: `OPD Uji ${n}`, kind: 'dinas' as const };
  });
  const opds: Opd[] = [...demoOpds, ...extra].map((o) => ({ city, opd: o.id, name: o.name, kind: o.kind }));
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
    personId: 'sekda',
    name: 'Sekretaris Daerah Kota Jambi',
    email: 'sekda@example.org',
    role: 'admin',
    language: 'id',
  };
  const total = opds.length + staff.length + demo.length + 1;
  let done = 0;
  const step = () => options.onProgress?.(++done, total);
  for (const opd of opds) {
    await directory.putOpd(opd);
    step();
  }
  for (const person of [...demo, ...staff, secretary]) {
    await people.put(person);
    step();
  }
  return { city, opds: opds.length, people: staff.length + demo.length + 1 };
}

import type { Person } from '#functions/directory/stores.ts';
import type { Role } from '#functions/platform/identity/identity.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { defaultTimeZone } from '#functions/platform/time/zones.ts';
import { demoEvaluationTeam } from './demo-team.ts';

/**
 * Kota Jambi, the demo city of the embedded runtime: its agencies (OPD) and districts
 * (kecamatan) as they appear in the city's own reports, one demo person per OPD role and the
 * admin, and the evaluation team (`demo-team.ts`).
 * Addresses use the reserved example.org domain: nothing is ever sent to a real person.
 */
export const demoCity = {
  id: 'jambi',
  name: 'Kota Jambi',
  timeZone: defaultTimeZone,
} as const;

/** The demo city lives in 2026: its virtual clock starts on the first Monday of the year, 08:00 WIB. */
export const demoYearStart = new Date('2026-01-05T01:00:00Z');

export interface DemoOpd {
  id: string;
  name: string;
  kind: 'dinas' | 'badan' | 'kantor' | 'kecamatan';
}

const agencies: DemoOpd[] = [
  { id: 'bappeda', name: 'Badan Perencanaan Pembangunan Daerah (Bappeda)', kind: 'badan' },
  { id: 'dinas-kesehatan', name: 'Dinas Kesehatan', kind: 'dinas' },
  { id: 'dinas-pendidikan', name: 'Dinas Pendidikan', kind: 'dinas' },
  { id: 'disdukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil', kind: 'dinas' },
  { id: 'diskominfo', name: 'Dinas Komunikasi dan Informatika', kind: 'dinas' },
  { id: 'dinas-lingkungan-hidup', name: 'Dinas Lingkungan Hidup', kind: 'dinas' },
  { id: 'dinas-perhubungan', name: 'Dinas Perhubungan', kind: 'dinas' },
  { id: 'dinas-sosial', name: 'Dinas Sosial', kind: 'dinas' },
  { id: 'dpmptsp', name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', kind: 'dinas' },
  { id: 'dinas-pupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang', kind: 'dinas' },
  { id: 'disparbud', name: 'Dinas Pariwisata dan Kebudayaan', kind: 'dinas' },
  { id: 'disperindag', name: 'Dinas Perdagangan dan Perindustrian', kind: 'dinas' },
  { id: 'bpkad', name: 'Badan Pengelolaan Keuangan dan Aset Daerah', kind: 'badan' },
  { id: 'bapenda', name: 'Badan Pendapatan Daerah', kind: 'badan' },
  { id: 'bkpsdm', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', kind: 'badan' },
  { id: 'inspektorat', name: 'Inspektorat', kind: 'kantor' },
  { id: 'satpol-pp', name: 'Satuan Polisi Pamong Praja', kind: 'kantor' },
  { id: 'bpbd', name: 'Badan Penanggulangan Bencana Daerah', kind: 'badan' },
  { id: 'rsud', name: 'Rumah Sakit Umum Daerah Abdul Manap', kind: 'kantor' },
];

const districts = [
  'Alam Barajo',
  'Danau Sipin',
  'Danau Teluk',
  'Jambi Selatan',
  'Jambi Timur',
  'Jelutung',
  'Kota Baru',
  'Paal Merah',
  'Pasar Jambi',
  'Pelayangan',
  'Telanaipura',
];

export const demoOpds: readonly DemoOpd[] = [
  ...agencies,
  ...districts.map((name) => ({
    id: `kecamatan-${name.toLowerCase().replace(/\s+/g, '-')}`,
    name: `Kecamatan ${name}`,
    kind: 'kecamatan' as const,
  })),
];

export interface DemoPerson {
  id: string;
  name: string;
  email: string;
  role: Role;
  opd?: string;
  language: Lang;
  /** For evaluators only, as in `Person`: leads the evaluation team. */
  lead?: true;
  /** For evaluators only, as in `Person`: the OPD they are staff of (never their token's OPD). */
  staffOf?: string;
  /** For evaluators only, as in `Person`: the OPDs they declared a conflict of interest with. */
  conflicts?: readonly string[];
}

/**
 * The people the start page and `siklus token --person` offer: two OPDs' operators, a head, the
 * evaluation team (its lead is `evaluator`), an admin.
 */
export const demoPeople: readonly DemoPerson[] = [
  {
    id: 'operator-diskominfo',
    name: 'Rina Operator Diskominfo',
    email: 'operator.diskominfo@example.org',
    role: 'opd-operator',
    opd: 'diskominfo',
    language: 'id',
  },
  {
    id: 'operator-dinkes',
    name: 'Budi Operator Dinkes',
    email: 'operator.dinkes@example.org',
    role: 'opd-operator',
    opd: 'dinas-kesehatan',
    language: 'id',
  },
  {
    id: 'head-diskominfo',
    name: 'Kepala Diskominfo',
    email: 'kepala.diskominfo@example.org',
    role: 'opd-head',
    opd: 'diskominfo',
    language: 'id',
  },
  ...demoEvaluationTeam,
  {
    id: 'admin',
    name: 'Admin Smart City',
    email: 'admin.smartcity@example.org',
    role: 'admin',
    language: 'en',
  },
];

/** The demo people as the people store holds them (their id is their token subject). */
export const demoPersonRecords = (city: string = demoCity.id): Person[] =>
  demoPeople.map((p) => ({
    city,
    personId: p.id,
    name: p.name,
    email: p.email,
    role: p.role,
    language: p.language,
    ...(p.opd ? { opd: p.opd } : {}),
    ...(p.lead ? { lead: true as const } : {}),
    ...(p.staffOf ? { staffOf: p.staffOf } : {}),
    ...(p.conflicts ? { conflicts: [...p.conflicts] } : {}),
  }));

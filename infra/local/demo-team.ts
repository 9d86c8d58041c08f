import type { DemoPerson } from './demo-city.ts';

/**
 * The Smart City evaluation team of the demo city: its lead, and four evaluators drawn from the
 * city's agencies and its university partners, as such a team is made up (Keputusan Wali Kota).
 * Two of them show the rules of verifier assignment: the Bappeda planner never reviews Bappeda,
 * and the Universitas Jambi lecturer declared a conflict of interest with Dinas Kesehatan. None
 * has an `opd`: an evaluator's token acts for no OPD.
 */
export const demoEvaluationTeam: readonly DemoPerson[] = [
  {
    // `evaluator` is the id every guide and `siklus token --person evaluator` name.
    id: 'evaluator',
    name: 'Ridwan Hakim',
    email: 'evaluator@example.org',
    role: 'evaluator',
    language: 'id',
    lead: true,
  },
  {
    id: 'evaluator-bappeda',
    name: 'Sri Wahyuni',
    email: 'evaluator.bappeda@example.org',
    role: 'evaluator',
    language: 'id',
    staffOf: 'bappeda',
  },
  {
    id: 'evaluator-inspektorat',
    name: 'Dewi Kartikasari',
    email: 'evaluator.inspektorat@example.org',
    role: 'evaluator',
    language: 'id',
    staffOf: 'inspektorat',
  },
  {
    id: 'evaluator-unja',
    name: 'Ahmad Fauzi',
    email: 'evaluator.unja@example.org',
    role: 'evaluator',
    language: 'id',
    conflicts: ['dinas-kesehatan'],
  },
  {
    id: 'evaluator-uin',
    name: 'Nurul Hidayah',
    email: 'evaluator.uin@example.org',
    role: 'evaluator',
    language: 'id',
  },
];

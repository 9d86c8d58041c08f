import { defineModule } from '#functions/platform/module/descriptor.ts';

const readers = ['evaluator', 'admin'] as const;
const adminPage = {
  function: 'web',
  access: 'session',
  signedIn: true,
  roles: readers,
  needs: ['table', 'people'],
} as const;

/**
 * The quick-win risk register: the quick-win programs of a cycle and its rating scale (chosen by
 * the lead evaluator or an admin), the `risk-register` obligation of each OPD that owns one (a
 * form tailored to its programs, filled through the submissions' pages), the evaluators' review
 * of each register, its heat maps per program and for the city, and the register as a spreadsheet.
 */
export const risksModule = defineModule({
  name: 'risks',
  routes: [
    /** The cycle's registers: the choice of quick wins, then each OPD's register, its review and the heat maps. */
    { ...adminPage, method: 'GET', path: '/admin/risiko', operation: 'riskRegisters' },
    {
      ...adminPage,
      method: 'POST',
      path: '/admin/risiko/program',
      operation: 'chooseQuickWins',
      csrf: 'session-form',
      needs: ['table', 'people', 'workflows'],
    },
    /** An evaluator accepts an OPD's register or asks for a revision (which reschedules its reminders). */
    {
      ...adminPage,
      method: 'POST',
      path: '/admin/risiko/{opd}/tinjauan',
      operation: 'reviewRiskRegister',
      roles: ['evaluator'],
      csrf: 'session-form',
      needs: ['table', 'people', 'schedules'],
    },
    /** Every register of the cycle as a spreadsheet: the XLSX library has a function of its own. */
    {
      ...adminPage,
      function: 'instrument-files',
      method: 'GET',
      path: '/admin/risiko/register.xlsx',
      operation: 'exportRiskRegisters',
      download: true,
      needs: ['table'],
    },
  ],
  tasks: [],
  navigation: [
    { href: '/admin/risiko', label: { id: 'Register risiko', en: 'Risk register' }, roles: readers },
  ],
});

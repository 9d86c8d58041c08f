import { defineModule } from '#functions/platform/module/descriptor.ts';

const api = { function: 'api', access: 'bearer', needs: ['table', 'people'] } as const;
/** The selection is public: anyone reads it, signed in or not, however they came. */
const open = { function: 'web', access: 'session', links: 'any', needs: ['table'] } as const;
const lead = { function: 'web', access: 'session', signedIn: true, needs: ['table', 'people'] } as const;
/** A visit's pages: its team, the lead evaluator and the admins, the head and operators of the OPD. */
const visitPage = {
  function: 'web',
  access: 'session',
  signedIn: true,
  roles: ['evaluator', 'admin', 'opd-head', 'opd-operator'],
  needs: ['table', 'people', 'schedules'],
} as const;
const visitApi = { function: 'api', access: 'bearer', needs: ['table', 'people', 'schedules'] } as const;

/**
 * The evaluation visits: the random selection of the OPDs the team visits, announced before its
 * sources of randomness are known and drawn by RFC 3797 so that anyone can recheck it, with a team
 * for each visit (the lead evaluator's page, the public page, `siklus selection`); then each visit,
 * its date proposed and confirmed with the invitation and its calendar entry (the `visit-reminder`
 * workflow), and what the team finds on site, which sets the final levels of the OPD's
 * self-assessment.
 */
export const visitsModule = defineModule({
  name: 'visits',
  routes: [
    {
      ...api,
      method: 'GET',
      path: '/api/cycles/{year}/selection',
      operation: 'getSelection',
      summary: "My city's selection of the OPDs to visit: the announcement and every draw (RFC 3797)",
    },
    {
      ...api,
      method: 'GET',
      path: '/api/cycles/{year}/selection/verification',
      operation: 'verifySelection',
      summary:
        'Every draw of the selection recomputed by RFC 3797 from the published record, and what differs',
    },
    {
      ...api,
      method: 'POST',
      path: '/api/cycles/{year}/selection',
      operation: 'announceSelection',
      summary:
        'Announce the selection: pool, count, OPDs always visited, sources of randomness, draw date (the lead evaluator; frozen; audited)',
    },
    {
      ...api,
      method: 'POST',
      path: '/api/cycles/{year}/selection/draws',
      operation: 'drawSelection',
      summary:
        "Draw from the sources' values on or after the draw date (the lead evaluator; a redraw needs a reason; audited)",
    },
    /** The public page of a cycle's selection: the announcement and every draw, to recheck. */
    { ...open, method: 'GET', path: '/pemilihan/{city}/{year}', operation: 'publicSelection' },
    /** The whole record as JSON, as `siklus selection verify --file` reads it. */
    {
      ...open,
      method: 'GET',
      path: '/pemilihan/{city}/{year}/data.json',
      operation: 'selectionData',
      download: true,
    },
    /** The cycle's selection; the lead evaluator announces and draws here. */
    {
      ...lead,
      method: 'GET',
      path: '/admin/pemilihan',
      operation: 'leadSelection',
      roles: ['evaluator', 'admin'],
    },
    {
      ...lead,
      method: 'POST',
      path: '/admin/pemilihan/pengumuman',
      operation: 'announceSelectionPage',
      roles: ['evaluator'],
      csrf: 'session-form',
    },
    {
      ...lead,
      method: 'POST',
      path: '/admin/pemilihan/undian',
      operation: 'drawSelectionPage',
      roles: ['evaluator'],
      csrf: 'session-form',
    },
    {
      ...visitApi,
      method: 'GET',
      path: '/api/cycles/{year}/visits',
      operation: 'listVisits',
      summary:
        "The visits of my city's cycle I may read: all for the lead evaluator and admins, my own for an evaluator or an OPD",
    },
    {
      ...visitApi,
      method: 'GET',
      path: '/api/visits/{year}/{opd}',
      operation: 'getVisit',
      summary: "One visit: when, where, with whom, and what the team found of the OPD's claims",
    },
    {
      ...visitApi,
      method: 'POST',
      path: '/api/visits/{year}/{opd}/proposal',
      operation: 'proposeVisit',
      summary:
        'Propose a date (a working day in the visit window): the team, or the head of the OPD; the invitation is updated',
    },
    {
      ...visitApi,
      method: 'POST',
      path: '/api/visits/{year}/{opd}/confirmation',
      operation: 'confirmVisit',
      summary: 'Confirm the date the other side proposed; everyone gets the confirmed invitation',
    },
    {
      ...visitApi,
      method: 'POST',
      path: '/api/visits/{year}/{opd}/findings',
      operation: 'recordFinding',
      summary:
        "Record what the team found of one indicator on site (its level is the final one; audited): the visit's team",
    },
    /** The visits of the caller: an evaluator's, the lead's and the admins' all, an OPD's own. */
    { ...visitPage, method: 'GET', path: '/kunjungan', operation: 'visitsPage' },
    /** One visit: when, where, with whom, what the OPD claimed, the date forms and the findings. */
    { ...visitPage, method: 'GET', path: '/kunjungan/{year}/{opd}', operation: 'visitPage' },
    {
      ...visitPage,
      method: 'POST',
      path: '/kunjungan/{year}/{opd}/jadwal',
      operation: 'proposeVisitPage',
      roles: ['evaluator', 'opd-head'],
      csrf: 'session-form',
    },
    {
      ...visitPage,
      method: 'POST',
      path: '/kunjungan/{year}/{opd}/konfirmasi',
      operation: 'confirmVisitPage',
      roles: ['evaluator', 'opd-head'],
      csrf: 'session-form',
    },
    {
      ...visitPage,
      method: 'POST',
      path: '/kunjungan/{year}/{opd}/temuan',
      operation: 'recordFindingPage',
      roles: ['evaluator'],
      csrf: 'session-form',
      files: true,
      needs: ['table', 'people', 'schedules', 'evidence'],
    },
    /** A photo of the findings, opened from the visit page. */
    {
      ...visitPage,
      method: 'GET',
      path: '/kunjungan/{year}/{opd}/foto/{indicator}/{photo}',
      operation: 'findingPhoto',
      roles: ['evaluator', 'admin'],
      needs: ['table', 'people', 'evidence'],
    },
  ],
  navigation: [
    {
      href: '/admin/pemilihan',
      label: { id: 'Pemilihan OPD dikunjungi', en: 'OPDs to visit' },
      roles: ['evaluator', 'admin'],
    },
    {
      href: '/kunjungan',
      label: { id: 'Kunjungan evaluasi', en: 'Evaluation visits' },
      roles: ['evaluator', 'admin', 'opd-head', 'opd-operator'],
    },
  ],
  tasks: [
    {
      function: 'remind-visit',
      handler: { file: 'tasks.ts', create: 'createRemindVisitHandler' },
      deps: 'cycle',
      description:
        "visit-reminder: a visit's invitation after each change, its reminder the working day before",
      needs: ['table', 'mail', 'links'],
      timeoutSeconds: 60,
    },
  ],
  workflows: ['visit-reminder'],
});

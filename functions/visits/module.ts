import { defineModule } from '#functions/platform/module/descriptor.ts';

const api = { function: 'api', access: 'bearer', needs: ['table', 'people'] } as const;
/** The selection is public: anyone reads it, signed in or not, however they came. */
const open = { function: 'web', access: 'session', links: 'any', needs: ['table'] } as const;
const lead = { function: 'web', access: 'session', signedIn: true, needs: ['table', 'people'] } as const;

/**
 * The evaluation visits: the random selection of the OPDs the team visits, announced before its
 * sources of randomness are known and drawn by RFC 3797 so that anyone can recheck it: its API
 * routes, the lead evaluator's page, the public page and `siklus selection`. The visit teams and
 * the visits with their findings are not built yet.
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
  ],
  navigation: [
    {
      href: '/admin/pemilihan',
      label: { id: 'Pemilihan OPD dikunjungi', en: 'OPDs to visit' },
      roles: ['evaluator', 'admin'],
    },
  ],
  tasks: [],
});

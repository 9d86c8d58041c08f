import { defineModule } from '#functions/platform/module/descriptor.ts';

const api = { function: 'api', access: 'bearer' } as const;
const adminChange = ['table', 'people', 'schedules'] as const;
const page = { function: 'web', access: 'session', signedIn: true } as const;
const admins = ['admin', 'evaluator'] as const;
const reminders = ['table', 'mail', 'links', 'schedules'] as const;

/** What each OPD owes in a cycle, by when: kick-off, reminders, escalations, and the admin's changes. */
export const obligationsModule = defineModule({
  name: 'obligations',
  summary: 'Obligations of a cycle, their deadlines, reminders and escalations',
  routes: [
    {
      ...api,
      method: 'GET',
      path: '/api/obligations',
      operation: 'listObligations',
      summary: "A page of my city's obligations of a cycle (?year=, default the current; ?limit=, ?cursor=)",
      needs: ['table', 'people'],
    },
    {
      ...api,
      method: 'POST',
      path: '/api/obligations/{obligationId}/move',
      operation: 'moveObligation',
      summary: "Move an obligation's deadline (admins; its reminders move with it; audited)",
      needs: adminChange,
    },
    {
      ...api,
      method: 'POST',
      path: '/api/obligations/{obligationId}/waive',
      operation: 'waiveObligation',
      summary: 'Waive an obligation with a reason (admins; no more reminders; audited)',
      needs: adminChange,
    },
    {
      ...page,
      method: 'GET',
      path: '/kewajiban/{obligationId}',
      operation: 'obligation',
      summary: 'One obligation: fill it, or see where it stands',
      links: ['fill', 'escalation'],
      needs: ['table'],
    },
    {
      ...page,
      method: 'GET',
      path: '/admin/kewajiban',
      operation: 'adminObligations',
      summary: "The cycle's obligations: move a deadline, waive",
      roles: admins,
      needs: ['table'],
    },
    {
      ...page,
      method: 'POST',
      path: '/admin/kewajiban/{obligationId}/pindah',
      operation: 'moveObligationPage',
      summary: "Move an obligation's deadline",
      roles: ['admin'],
      csrf: 'session-form',
      needs: ['table', 'schedules'],
    },
    {
      ...page,
      method: 'POST',
      path: '/admin/kewajiban/{obligationId}/bebaskan',
      operation: 'waiveObligationPage',
      summary: 'Waive an obligation',
      roles: ['admin'],
      csrf: 'session-form',
      needs: ['table', 'schedules'],
    },
    {
      ...page,
      method: 'GET',
      path: '/admin/siklus',
      operation: 'adminCycle',
      summary: "The cycle's settings and its reminder ladder",
      roles: admins,
      needs: ['table'],
    },
  ],
  // Each task makes a few calls per person and retries a slow one: a minute is ample. A kick-off
  // batch opens 25 obligations, each with its schedules and kick-off mail: five minutes.
  tasks: [
    {
      function: 'decide-slot',
      description: 'obligation-reminder: decides what a fired schedule does',
      needs: ['table'],
    },
    {
      function: 'send-reminder',
      description: "obligation-reminder: sends a slot's reminder, once per person",
      needs: reminders,
    },
    {
      function: 'escalate-obligation',
      description: 'obligation-reminder: marks missed and escalates',
      needs: reminders,
    },
    {
      function: 'kickoff-batch',
      description: 'cycle-kickoff: opens one batch of OPD obligations',
      needs: reminders,
      timeoutSeconds: 300,
    },
  ],
  navigation: [
    {
      href: '/admin/kewajiban',
      label: { id: 'Kewajiban OPD', en: 'OPD obligations' },
      roles: admins,
    },
    {
      href: '/admin/siklus',
      label: { id: 'Siklus evaluasi', en: 'Evaluation cycle' },
      roles: admins,
    },
  ],
});

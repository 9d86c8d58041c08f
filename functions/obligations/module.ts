import { defineModule } from '#functions/platform/module/descriptor.ts';

const api = { function: 'api', access: 'bearer' } as const;
const adminChange = ['table', 'people', 'schedules'] as const;
const page = { function: 'web', access: 'session', signedIn: true } as const;
const admins = ['admin', 'evaluator'] as const;
const reminders = ['table', 'mail', 'links', 'schedules'] as const;
/** Kick-off records a submission made before its obligation opened, which may start its review. */
const kickoff = [...reminders, 'workflows'] as const;

/** What each OPD owes in a cycle, by when: kick-off, reminders, escalations, and the admin's changes. */
export const obligationsModule = defineModule({
  name: 'obligations',
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
    /** One obligation: fill it, or see where it stands. */
    {
      ...page,
      method: 'GET',
      path: '/kewajiban/{obligationId}',
      operation: 'obligation',
      links: ['fill', 'escalation'],
      needs: ['table'],
    },
    /** The cycle's obligations: move a deadline, waive. */
    {
      ...page,
      method: 'GET',
      path: '/admin/kewajiban',
      operation: 'adminObligations',
      roles: admins,
      needs: ['table'],
    },
    /** Move an obligation's deadline. */
    {
      ...page,
      method: 'POST',
      path: '/admin/kewajiban/{obligationId}/pindah',
      operation: 'moveObligationPage',
      roles: ['admin'],
      csrf: 'session-form',
      needs: ['table', 'schedules'],
    },
    /** Waive an obligation. */
    {
      ...page,
      method: 'POST',
      path: '/admin/kewajiban/{obligationId}/bebaskan',
      operation: 'waiveObligationPage',
      roles: ['admin'],
      csrf: 'session-form',
      needs: ['table', 'schedules'],
    },
    /** The cycle's settings and its reminder ladder. */
    {
      ...page,
      method: 'GET',
      path: '/admin/siklus',
      operation: 'adminCycle',
      roles: admins,
      needs: ['table'],
    },
  ],
  // Each task makes a few calls per person and retries a slow one: a minute is ample. A kick-off
  // batch opens 25 obligations, each with its schedules and kick-off mail: five minutes.
  tasks: [
    {
      function: 'decide-slot',
      handler: { file: 'tasks.ts', create: 'createDecideSlotHandler' },
      deps: 'cycle',
      description: 'obligation-reminder: decides what a fired schedule does',
      // A submission it finds unrecorded may start its review.
      needs: ['table', 'workflows'],
      timeoutSeconds: 60,
    },
    {
      function: 'send-reminder',
      handler: { file: 'tasks.ts', create: 'createSendReminderHandler' },
      deps: 'cycle',
      description: "obligation-reminder: sends a slot's reminder, once per person",
      needs: reminders,
      timeoutSeconds: 60,
    },
    {
      function: 'escalate-obligation',
      handler: { file: 'tasks.ts', create: 'createEscalateHandler' },
      deps: 'cycle',
      description: 'obligation-reminder: marks missed and escalates',
      needs: reminders,
      timeoutSeconds: 60,
    },
    {
      function: 'kickoff-batch',
      handler: { file: 'tasks.ts', create: 'createKickoffBatchHandler' },
      deps: 'cycle',
      description: 'cycle-kickoff: opens one batch of OPD obligations',
      needs: kickoff,
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

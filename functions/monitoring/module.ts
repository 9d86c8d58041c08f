import { defineModule } from '#functions/platform/module/descriptor.ts';

/** That the engine runs: the health route, the heartbeat workflow, the failures of every workflow. */
export const monitoringModule = defineModule({
  name: 'monitoring',
  routes: [
    {
      method: 'GET',
      path: '/health',
      function: 'health',
      operation: 'health',
      access: 'public',
      summary: 'Liveness of the API and its table',
      needs: ['table-read'],
    },
  ],
  tasks: [
    {
      function: 'write-heartbeat',
      handler: { file: 'write-heartbeat.ts', create: 'createWriteHeartbeatHandler' },
      deps: 'ports',
      description: 'heartbeat workflow: writes one item per execution',
      needs: ['workflow-records'],
    },
    {
      function: 'record-failure',
      handler: { file: 'record-failure.ts', create: 'createRecordFailureHandler' },
      deps: 'ports',
      description: 'Catch target of every workflow: records the failure',
      needs: ['workflow-records'],
    },
  ],
  workflows: ['heartbeat'],
});

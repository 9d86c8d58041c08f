// Built by `npm run build:modules` from functions/app/modules.ts; a unit test keeps it in step.
import { cycleDeps } from '#functions/app/task-deps.ts';
import * as monitoringWriteHeartbeat from '#functions/monitoring/write-heartbeat.ts';
import * as monitoringRecordFailure from '#functions/monitoring/record-failure.ts';
import * as obligationsTasks from '#functions/obligations/tasks.ts';
import * as assessmentTasks from '#functions/assessment/tasks.ts';
import * as visitsTasks from '#functions/visits/tasks.ts';
import type { Ports } from '#functions/app/ports.ts';

/** The handler of every task function, each built from the ports `portsOf` grants it. */
export const taskHandlers = (portsOf: (name: string) => Ports) => ({
  "write-heartbeat": monitoringWriteHeartbeat.createWriteHeartbeatHandler(portsOf('write-heartbeat')),
  "record-failure": monitoringRecordFailure.createRecordFailureHandler(portsOf('record-failure')),
  "decide-slot": obligationsTasks.createDecideSlotHandler(cycleDeps(portsOf('decide-slot'))),
  "send-reminder": obligationsTasks.createSendReminderHandler(cycleDeps(portsOf('send-reminder'))),
  "escalate-obligation": obligationsTasks.createEscalateHandler(cycleDeps(portsOf('escalate-obligation'))),
  "kickoff-batch": obligationsTasks.createKickoffBatchHandler(cycleDeps(portsOf('kickoff-batch'))),
  "start-review": assessmentTasks.createStartReviewHandler(cycleDeps(portsOf('start-review'))),
  "remind-review": assessmentTasks.createRemindReviewHandler(cycleDeps(portsOf('remind-review'))),
  "remind-visit": visitsTasks.createRemindVisitHandler(cycleDeps(portsOf('remind-visit'))),
});

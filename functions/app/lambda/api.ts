import { createApiHandler } from '#functions/app/api/api.ts';
import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { evidencePorts } from '#functions/app/aws/ports/evidence.ts';
import { peoplePorts } from '#functions/app/aws/ports/people.ts';
import { schedulesPorts } from '#functions/app/aws/ports/schedules.ts';
import { tablePorts } from '#functions/app/aws/ports/table.ts';
import { apiDepsOf } from '#functions/app/deps.ts';

const ports = awsPorts('api', {
  table: tablePorts,
  evidence: evidencePorts,
  people: peoplePorts,
  schedules: schedulesPorts,
});
// On AWS the JWT authorizer admits bearer tokens only: no session cookie reaches the API.
export const handler = createApiHandler(apiDepsOf(ports, { cookieSessions: false }));

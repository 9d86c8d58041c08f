// Built by `npm run build:modules` from functions/app/modules.ts; a unit test keeps it in step.
import { awsPorts } from '#functions/app/aws/aws-ports.ts';
import { peoplePorts } from '#functions/app/aws/ports/people.ts';
import { tablePorts } from '#functions/app/aws/ports/table.ts';
import { createAwsInstrumentFilesHandler } from '#functions/app/instrument-files/entry.ts';

const ports = awsPorts('instrument-files', {
  people: peoplePorts,
  table: tablePorts,
});
export const handler = createAwsInstrumentFilesHandler(ports);

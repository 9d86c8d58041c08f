import { everyPort, type Ports } from '../ports.ts';
import { site } from '../web/site.ts';
import { createInstrumentFilesHandler, noUploads } from './handler.ts';

/**
 * The `instrument-files` function, from its ports: on AWS the JWT authorizer admits bearer tokens
 * only, so the API's operations get no session store; the pages read the session cookie.
 */
export function createAwsInstrumentFilesHandler(ports: Ports) {
  const { sessions, ...withoutSessions } = everyPort(ports);
  return createInstrumentFilesHandler({
    api: withoutSessions,
    pages: { ...everyPort(ports), site, ...noUploads },
  });
}

import { obligationDepsOf } from './obligation-deps.ts';
import { everyPort, type Ports } from './ports.ts';

/**
 * What a task function of the cycle is handed (`deps: 'cycle'` in its descriptor): its ports under
 * their own names, every one of them (one it was not granted refuses every use), with the
 * obligation use cases' deps and so every part's kinds of obligation. A task with `deps: 'ports'`
 * is handed its ports as they are, and so loads no kind, form or mail.
 */
export const cycleDeps = (ports: Ports) => ({ ...everyPort(ports), ...obligationDepsOf(ports) });

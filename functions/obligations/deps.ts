import type { Clock } from '#functions/ports/clock.ts';
import type { Mailer } from '#functions/ports/mailer.ts';
import type { Scheduler } from '#functions/ports/scheduler.ts';
import type { DeliveryStore } from '#functions/store/delivery-store.ts';
import type { DigestStore } from '#functions/store/digest-store.ts';
import type { DirectoryStore } from '#functions/store/directory-store.ts';
import type { ObligationStore } from '#functions/store/obligation-store.ts';
import type { PeopleStore } from '#functions/store/people-store.ts';
import type { SubmissionStore } from '#functions/store/submission-store.ts';
import type { LinkSigner } from '#functions/web/signed-links.ts';

/** The ports of the obligation workflows; entry files wire AWS or local adapters. */
export interface ObligationDeps {
  obligations: ObligationStore;
  directory: DirectoryStore;
  people: PeopleStore;
  deliveries: DeliveryStore;
  /** The day's escalations per recipient, sent as one digest. */
  digests: DigestStore;
  mailer: Mailer;
  scheduler: Scheduler;
  links: LinkSigner;
  clock: Clock;
  newId: () => string;
  /** The site's origin, for the signed links in emails. */
  baseUrl: string;
  /** The schedule group of this deployment (EventBridge Scheduler groups exist before their schedules). */
  scheduleGroup: string;
  /** To find a submission whose obligation was not updated when it was stored. */
  submissions: Pick<SubmissionStore, 'listForOpd'>;
}

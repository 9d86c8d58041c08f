import { createFormRegistry, type FormRegistry } from '#forms/engine/registry.ts';
import { innovationReportForm } from '#forms/innovation-report.form.ts';

/**
 * Every form Siklus offers, published (frozen) at module load. Add each new `*.form.ts` definition,
 * and each new version, here; old versions stay, so submissions pinned to them remain valid.
 * A malformed form never ships: `test/unit/forms/catalog.test.ts` checks every form of this list
 * with `checkFormDefinition`, and finds it unchanged by the check, so a cold start publishes a
 * copy as written and loads no definition checks.
 */
export const formCatalog: FormRegistry = createFormRegistry((definition) => structuredClone(definition));

formCatalog.publish(innovationReportForm);

import { createFormRegistry, type FormRegistry } from '#forms/engine/registry.ts';
import { innovationReportForm } from '#forms/innovation-report.form.ts';

/**
 * Every form Siklus offers, published (checked and frozen) at module load: a malformed form fails
 * the cold start, not a submission. Add each new `*.form.ts` definition, and each new version, here;
 * old versions stay, so submissions pinned to them remain valid.
 */
export const formCatalog: FormRegistry = createFormRegistry();

formCatalog.publish(innovationReportForm);

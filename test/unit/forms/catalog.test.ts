import { describe, expect, it } from 'vitest';
import { formCatalog } from '#forms/catalog.ts';
import { checkFormDefinition } from '#forms/engine/definition-checks.ts';
import { innovationReportForm } from '#forms/innovation-report.form.ts';

const published = formCatalog
  .ids()
  .flatMap((id) => formCatalog.versions(id).map((version) => formCatalog.get(id, version)))
  .filter((definition) => definition !== undefined);

describe('form catalog', () => {
  it('publishes at least one form', () => {
    expect(published.map((d) => d.id)).toContain('innovation-report');
  });

  // The catalog publishes its forms as written, so this check is what keeps a malformed form from shipping.
  it.each(published.map((d) => [`${d.id} v${d.version}`, d] as const))(
    '%s passes every definition check, and the check leaves it as written',
    (_, definition) => {
      expect(checkFormDefinition(definition)).toEqual(definition);
    },
  );

  it('publishes frozen copies, never the modules’ own objects', () => {
    for (const definition of published) expect(Object.isFrozen(definition)).toBe(true);
    expect(formCatalog.get('innovation-report', innovationReportForm.version)).not.toBe(innovationReportForm);
    expect(Object.isFrozen(innovationReportForm)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '#forms/engine/definition.ts';
import { checkFormDefinition, FormDefinitionError } from '#forms/engine/definition-checks.ts';
import { createFormRegistry, FormVersionConflictError } from '#forms/engine/registry.ts';
import { validateAnswers } from '#forms/engine/validate.ts';
import { label, makeDefinition } from '../builders.ts';

function version1(): FormDefinition {
  return makeDefinition([
    { id: 'name', type: 'shortText', maxLength: 50, required: true, label: label('name') },
    { id: 'phone', type: 'shortText', maxLength: 20, label: label('phone') },
  ]);
}

/** Version 2 renames `phone` to `whatsapp` and requires it. */
function version2(): FormDefinition {
  return makeDefinition(
    [
      { id: 'name', type: 'shortText', maxLength: 50, required: true, label: label('name') },
      { id: 'whatsapp', type: 'shortText', maxLength: 20, required: true, label: label('WhatsApp') },
    ],
    { version: 2 },
  );
}

describe('form registry', () => {
  it('returns a published definition by id and version', () => {
    // Prepare
    const registry = createFormRegistry(checkFormDefinition);

    // Act
    const published = registry.publish(version1());

    // Assess
    expect(registry.get('test-form', 1)).toBe(published);
    expect(published).toEqual(version1());
    expect(registry.get('test-form', 2)).toBeUndefined();
    expect(registry.get('other-form', 1)).toBeUndefined();
  });

  it('deep-freezes what it publishes', () => {
    // Prepare
    const published = createFormRegistry(checkFormDefinition).publish(version1());
    // Fallbacks are fresh, unfrozen objects: if the path were missing, nothing below would throw.
    const fields = (published.sections[0]?.fields ?? []) as unknown[];
    const firstLabel = (published.sections[0]?.fields[0]?.label ?? { id: '' }) as { id: string };

    // Act, Assess
    expect(Object.isFrozen(published)).toBe(true);
    expect(() => {
      (published as { title: unknown }).title = label('changed');
    }).toThrow(TypeError);
    expect(() => fields.push({})).toThrow(TypeError);
    expect(() => {
      firstLabel.id = 'changed';
    }).toThrow(TypeError);
  });

  it('keeps its own copy, untouched by later changes to the object published', () => {
    // Prepare
    const registry = createFormRegistry(checkFormDefinition);
    const definition = version1() as { title: unknown };
    registry.publish(definition as FormDefinition);

    // Act
    definition.title = label('changed');

    // Assess
    expect(registry.get('test-form', 1)?.title).toEqual(version1().title);
    expect(Object.isFrozen(definition)).toBe(false);
  });

  it('publishes the same content twice as one version', () => {
    // Prepare
    const registry = createFormRegistry(checkFormDefinition);
    const first = registry.publish(version1());

    // Act: the same content, keys in another order
    const again = registry.publish({ ...version1(), title: { en: 'Test form', id: 'Formulir uji' } });

    // Assess
    expect(again).toBe(first);
    expect(registry.versions('test-form')).toEqual([1]);
  });

  it('refuses a different definition under a published id and version', () => {
    // Prepare
    const registry = createFormRegistry(checkFormDefinition);
    registry.publish(version1());

    // Act, Assess
    expect(() => registry.publish({ ...version1(), title: label('another title') })).toThrow(
      FormVersionConflictError,
    );
    expect(registry.get('test-form', 1)?.title).toEqual(version1().title);
  });

  it('refuses a malformed definition', () => {
    expect(() => createFormRegistry(checkFormDefinition).publish({ ...version1(), version: 0 })).toThrow(
      FormDefinitionError,
    );
  });

  it('lists versions in order and knows the latest', () => {
    // Prepare
    const registry = createFormRegistry(checkFormDefinition);

    // Act
    registry.publish(version2());
    registry.publish(version1());

    // Assess
    expect(registry.versions('test-form')).toEqual([1, 2]);
    expect(registry.latest('test-form')?.version).toBe(2);
    expect(registry.latest('other-form')).toBeUndefined();
    expect(registry.versions('other-form')).toEqual([]);
    expect(registry.ids()).toEqual(['test-form']);
  });

  it('keeps validating a submission pinned to version 1 after version 2 is published', () => {
    // Prepare
    const registry = createFormRegistry(checkFormDefinition);
    registry.publish(version1());
    const pinned = { name: 'Sikoja', phone: '0741-123' };

    // Act
    registry.publish(version2());

    // Assess
    const v1 = registry.get('test-form', 1);
    const v2 = registry.get('test-form', 2);
    expect(v1 && validateAnswers(v1, pinned).ok).toBe(true);
    expect(v2 && validateAnswers(v2, pinned)).toMatchObject({ ok: false });
  });

  it('records a content hash that differs between versions', () => {
    // Prepare
    const registry = createFormRegistry(checkFormDefinition);
    registry.publish(version1());
    registry.publish(version2());

    // Act
    const hashes = [registry.published('test-form', 1)?.hash, registry.published('test-form', 2)?.hash];

    // Assess
    expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(hashes[1]).toMatch(/^[0-9a-f]{64}$/);
    expect(hashes[0]).not.toBe(hashes[1]);
  });
});

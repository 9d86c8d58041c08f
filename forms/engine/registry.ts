import { deepFreeze } from './deep-freeze.ts';
import type { FormDefinition } from './definition.ts';
import { stableHash } from './stable-hash.ts';

/** Thrown when a different definition is published under an id and version already taken. */
export class FormVersionConflictError extends Error {
  constructor(id: string, version: number, options?: ErrorOptions) {
    super(`Form "${id}" version ${version} is already published with different content`, options);
    this.name = 'FormVersionConflictError';
  }
}

/** A published definition and the hash of its content. */
export interface PublishedForm {
  readonly definition: FormDefinition;
  /** SHA-256 of the definition's stable JSON; records can keep it to prove what was asked. */
  readonly hash: string;
}

/**
 * Published form definitions by id and version. A published version never changes, so a
 * submission pinned to a version stays valid, and readable, after later versions appear.
 */
export interface FormRegistry {
  /**
   * Checks a definition, freezes a copy of it and publishes it. Publishing the same content again
   * returns the definition already published.
   * @throws FormDefinitionError when the definition is malformed.
   * @throws FormVersionConflictError when its id and version hold different content.
   */
  publish(definition: FormDefinition): FormDefinition;
  get(id: string, version: number): FormDefinition | undefined;
  /** The highest published version of a form. */
  latest(id: string): FormDefinition | undefined;
  /** Published versions of a form, ascending. */
  versions(id: string): readonly number[];
  /** The published form with its content hash. */
  published(id: string, version: number): PublishedForm | undefined;
  /** Ids of the published forms, sorted. */
  ids(): readonly string[];
}

/**
 * How a registry checks a definition before it publishes it: the checked copy, or a throw.
 * `checkFormDefinition` for definitions that arrive at run time; the catalog, whose every form a
 * test checks before it can ship, passes a copy as it is (`forms/catalog.ts`).
 */
export type DefinitionCheck = (definition: FormDefinition) => FormDefinition;

/** Creates an empty registry that publishes what `check` lets through. */
export function createFormRegistry(check: DefinitionCheck): FormRegistry {
  const forms = new Map<string, Map<number, PublishedForm>>();
  const versions = (id: string): number[] => [...(forms.get(id)?.keys() ?? [])].sort((a, b) => a - b);
  return {
    publish(definition) {
      // The checked definition is a fresh copy: freezing it leaves the caller's object alone.
      const checked = check(definition);
      const hash = stableHash(checked);
      const byVersion = forms.get(checked.id) ?? new Map<number, PublishedForm>();
      const existing = byVersion.get(checked.version);
      if (existing !== undefined) {
        if (existing.hash !== hash) throw new FormVersionConflictError(checked.id, checked.version);
        return existing.definition;
      }
      const published = deepFreeze({ definition: checked, hash });
      byVersion.set(checked.version, published);
      forms.set(checked.id, byVersion);
      return published.definition;
    },
    get: (id, version) => forms.get(id)?.get(version)?.definition,
    latest(id) {
      const last = versions(id).at(-1);
      return last === undefined ? undefined : forms.get(id)?.get(last)?.definition;
    },
    versions,
    published: (id, version) => forms.get(id)?.get(version),
    ids: () => [...forms.keys()].sort(),
  };
}

import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

export interface Acknowledgement {
  /** One rule id, as cdk-nag reports it (with a `[finding]` suffix where the rule has several). */
  id: string;
  /** The one construct it applies to, as a path from the app root. */
  path: string;
  reason: string;
}

const registry = new WeakMap<IConstruct, Acknowledgement[]>();

/**
 * Accepts one cdk-nag finding of one rule on one construct, with the reason a reviewer reads.
 * Every acknowledgement goes through here, so a test can list them all from the app.
 */
export function acknowledge(construct: IConstruct, id: string, reason: string): void {
  Validations.of(construct).acknowledge({ id, reason });
  const root = construct.node.root;
  const list = registry.get(root) ?? [];
  list.push({ id, path: construct.node.path, reason });
  registry.set(root, list);
}

/** Every acknowledgement made in the app that `construct` belongs to. */
export function acknowledgementsOf(construct: IConstruct): readonly Acknowledgement[] {
  return registry.get(construct.node.root) ?? [];
}

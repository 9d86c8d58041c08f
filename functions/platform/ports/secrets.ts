/**
 * Reads a named secret: Secrets Manager on AWS (cached for a few minutes, so a rotation is
 * picked up without a deploy), a file under `.siklus/keys/` in the embedded runtime.
 */
export interface SecretStore {
  get(name: string): Promise<string>;
}

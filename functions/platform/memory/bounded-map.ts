/**
 * What a process keeps of values that never change once written (a published form version, an
 * instrument version): at most `limit` entries, the oldest forgotten first, so a long-lived
 * function's memory stays bounded whatever it has read.
 */
export class BoundedMap<V> {
  readonly #entries = new Map<string, V>();

  constructor(readonly limit: number) {}

  has(key: string): boolean {
    return this.#entries.has(key);
  }

  get(key: string): V | undefined {
    return this.#entries.get(key);
  }

  /** Keeps `value` under `key`, forgetting the oldest entry first when the map is full. */
  set(key: string, value: V): void {
    if (!this.#entries.has(key) && this.#entries.size >= this.limit) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, value);
  }

  get size(): number {
    return this.#entries.size;
  }
}

/**
 * Values handed between the page bundle and our integrations during one `astro build`. Both run in
 * the same process but load separate copies of our modules (the bundle has its own), so the only
 * thing they share is globalThis: each value lives under a registered symbol.
 */
export interface Handoff<T> {
  set(value: T): void;
  get(): T | undefined;
  clear(): void;
}

/** The registered symbol's key, for code generated as text that reads the value (globalThis[Symbol.for(key)]). */
export function handoffKey(name: string): string {
  return `khcn.build-handoff.${name}`;
}

export function handoff<T>(name: string): Handoff<T> {
  const key = Symbol.for(handoffKey(name));
  const shared = globalThis as unknown as Record<symbol, T | undefined>;
  return {
    set: (value) => {
      shared[key] = value;
    },
    get: () => shared[key],
    clear: () => {
      delete shared[key];
    },
  };
}

// A record field whose value is loaded after the record exists (a seeded connection's catalog):
// reading it before then is a bug in the mock, so it throws instead of answering with an empty value.

/** `record` with `key` added: reading it throws until a value is assigned, which makes it a plain field. */
export function loadedLater<T extends object, K extends keyof T & string>(record: Omit<T, K>, key: K, why: string): T {
  Object.defineProperty(record, key, {
    configurable: true,
    enumerable: true,
    get(): never {
      throw new Error(`The mock read ${key} before it was loaded: ${why}.`);
    },
    set(value: T[K]) {
      Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
    },
  });
  return record as T;
}

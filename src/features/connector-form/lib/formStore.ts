// Per-form store of the error messages currently shown, keyed by field id. Fields subscribe to
// their own entry, so showing an error re-renders that field only, not the whole RJSF tree.
import { useSyncExternalStore } from "react";

export const ID_PREFIX = "root";
export const ID_SEPARATOR = "_";

/** The DOM id RJSF gives the field at a config path (same scheme as RJSF's own ids). */
export function fieldId(path: readonly (string | number)[]): string {
  return [ID_PREFIX, ...path].join(ID_SEPARATOR);
}

export class FormStore {
  private errors = new Map<string, string>();
  private listeners = new Set<() => void>();
  private version = 0;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = () => this.version;

  error(id: string): string | undefined {
    return this.errors.get(id);
  }

  hasErrorWithin(id: string): boolean {
    for (const key of this.errors.keys()) if (key === id || key.startsWith(id + ID_SEPARATOR)) return true;
    return false;
  }

  setErrors(next: Map<string, string>) {
    const same = next.size === this.errors.size && [...next].every(([k, v]) => this.errors.get(k) === v);
    if (same) return;
    this.errors = next;
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}

export function useFieldError(store: FormStore | undefined, id: string): string | undefined {
  return useSyncExternalStore(
    store?.subscribe ?? noopSubscribe,
    () => store?.error(id),
    () => undefined,
  );
}

export function useHasErrorWithin(store: FormStore | undefined, id: string): boolean {
  return useSyncExternalStore(
    store?.subscribe ?? noopSubscribe,
    () => store?.hasErrorWithin(id) ?? false,
    () => false,
  );
}

function noopSubscribe() {
  return () => undefined;
}

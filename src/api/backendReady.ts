// In mock mode the embedded backend starts while the console renders; API calls wait for it here
// instead of the whole first render waiting (the shell and route code load in the meantime).
let ready: Promise<void> = Promise.resolve();

export function setBackendReady(promise: Promise<void>): void {
  // Never rejects: if the backend cannot start, the start-up error screen replaces the console.
  ready = promise.then(
    () => undefined,
    () => undefined,
  );
}

export function whenBackendReady(): Promise<void> {
  return ready;
}

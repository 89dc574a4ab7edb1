// Shown when the console cannot even start (the embedded mock backend failed to register): plain
// markup without the component kit, because the failure may be in what loads it.
export function StartupError({ error }: { error: unknown }) {
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <main style={{ fontFamily: "system-ui, sans-serif", maxWidth: 640, margin: "4rem auto", padding: "0 1rem" }}>
      <h1>Syncdeck could not start</h1>
      <p>
        The embedded mock backend failed to start in this browser. Service workers need a secure context (https or localhost) and are not
        available in some private windows.
      </p>
      <pre style={{ whiteSpace: "pre-wrap" }}>{detail}</pre>
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </main>
  );
}

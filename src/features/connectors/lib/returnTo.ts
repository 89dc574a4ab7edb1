// `?returnTo=` lets another screen (the new-connection flow) send the user here to create a source
// or destination and come back with its id. Only same-app paths are accepted: an absolute URL, a
// protocol-relative "//host" or a backslash trick would turn this into an open redirect.

const BASE = "http://syncdeck.invalid";

/** The returnTo value if it is a safe in-app path, otherwise undefined. */
export function safeReturnTo(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return undefined;
  // Control characters (tabs, newlines) are stripped by URL parsers and could hide "//".
  if ([...raw].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return undefined;
  try {
    const url = new URL(raw, BASE);
    if (url.origin !== BASE) return undefined;
    const path = `${url.pathname}${url.search}${url.hash}`;
    // Normalising removes dot segments ("/.//host", "/%2e//host" become "//host"): what is returned
    // must itself resolve to this origin, since that is how the link will read it.
    return new URL(path, BASE).origin === BASE ? path : undefined;
  } catch {
    return undefined;
  }
}

/** returnTo with `param=id` added to (or replaced in) its query string. */
export function withCreatedId(returnTo: string, param: string, id: string): string {
  const url = new URL(returnTo, BASE);
  url.searchParams.set(param, id);
  return `${url.pathname}${url.search}${url.hash}`;
}

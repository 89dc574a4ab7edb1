// Streams are identified by namespace + name: two schemas may both have a "users" table, and a
// stream without a namespace is a different stream from one in the namespace "".
const NO_NAMESPACE = "\u0000";
const SEPARATOR = "\u0001";

export function streamKey(namespace: string | null | undefined, name: string): string {
  return (namespace == null ? NO_NAMESPACE : `${SEPARATOR}${namespace}`) + SEPARATOR + name;
}

/** "namespace.name", or just the name; for people, not for identity. */
export function streamLabel(namespace: string | null | undefined, name: string): string {
  return namespace ? `${namespace}.${name}` : name;
}

/** A field path as one string, unambiguous even when names contain dots. */
export function fieldKey(path: readonly string[]): string {
  return path.join(SEPARATOR);
}

/** A field path for people: address.city */
export function fieldLabel(path: readonly string[]): string {
  return path.join(".");
}

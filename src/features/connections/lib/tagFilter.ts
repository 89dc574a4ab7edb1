// The connections list's tag filter in the URL: `?tag=<id>&tag=<id>` (connections with any of
// them, as the server filters). Only tag ids are read from it (uuids, each once); anything else
// someone typed or pasted there is ignored rather than sent to the server.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const TAG_PARAM = "tag";

export function tagIdsFromParams(params: URLSearchParams): string[] {
  return [...new Set(params.getAll(TAG_PARAM).filter((value) => UUID.test(value)))];
}

/** The same URL with these tag ids as the filter (none: no filter). */
export function withTagIds(params: URLSearchParams, tagIds: readonly string[]): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(TAG_PARAM);
  for (const id of tagIds) next.append(TAG_PARAM, id);
  return next;
}

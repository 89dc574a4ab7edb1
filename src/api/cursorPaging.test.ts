import { ApiError } from "./errors";
import { isStaleCursorError, nextCursor, type CursorPage } from "./cursorPaging";

const page = (ids: string[], extra: Partial<CursorPage<string>> = {}): CursorPage<string> => ({
  items: ids,
  pageSize: 2,
  total: 5,
  ...extra,
});
const id = (item: string) => item;

describe("the next cursor of a paged list", () => {
  it("is the last row of a full page while the total is not reached", () => {
    expect(nextCursor([page(["a", "b"])], id)).toBe("b");
    expect(nextCursor([page(["a", "b"]), page(["c", "d"])], id)).toBe("d");
  });

  it("ends on a short page, on the total, and on an empty list", () => {
    expect(nextCursor([page(["a", "b"]), page(["c", "d"]), page(["e"])], id)).toBeUndefined();
    expect(nextCursor([page(["a", "b"], { total: 2 })], id)).toBeUndefined();
    expect(nextCursor([page([], { total: 0 })], id)).toBeUndefined();
  });

  it("ends at once for a server that does not page (no page_size: it answered everything)", () => {
    expect(nextCursor([{ items: ["a", "b", "c"] }], id)).toBeUndefined();
  });

  it("stops a server that ignores the cursor instead of asking it forever", () => {
    expect(nextCursor([page(["a", "b"], { total: undefined }), page(["a", "b"], { total: undefined })], id)).toBeUndefined();
  });

  it("takes a 404 for a stale cursor (its row was deleted), and nothing else", () => {
    expect(isStaleCursorError(new ApiError({ kind: "http", status: 404, endpoint: "/v1/sources/list", message: "gone" }))).toBe(true);
    expect(isStaleCursorError(new ApiError({ kind: "http", status: 500, endpoint: "/v1/sources/list", message: "boom" }))).toBe(false);
    expect(isStaleCursorError(new Error("404"))).toBe(false);
  });
});

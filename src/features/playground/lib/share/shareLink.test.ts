// Shared links: a real spec (and its older version) survives the round trip through the fragment;
// damaged and hostile fragments end in a message saying what is wrong, never in an exception.
import { deflateRawSync } from "node:zlib";
import newer from "@mocks/data/registry-2026/source-github.json";
import older from "@mocks/data/connectors/source-github.json";
import { decodeShare, encodeShare, hasSharedView } from "./shareLink";

// Fragments made by another implementation (Node's zlib), as a hand-made link would be.
function deflateRaw(bytes: Uint8Array): string {
  return deflateRawSync(bytes).toString("base64url");
}

it("a spec and a second version come back exactly as typed, from a fragment of URL-safe characters", async () => {
  const view = { spec: JSON.stringify(older.spec, null, 2), newer: `# current\n${JSON.stringify(newer.spec)}` };
  const fragment = await encodeShare(view);
  expect(fragment).toMatch(/^spec=[A-Za-z0-9_-]+$/);
  // Compressed: well under the text's own length.
  expect(fragment.length).toBeLessThan((view.spec.length + view.newer.length) / 2);
  expect(await decodeShare(`#${fragment}`)).toEqual({ kind: "ok", view });
});

it("a fragment without a shared view is none of the playground's business", async () => {
  expect(await decodeShare("")).toEqual({ kind: "none" });
  expect(await decodeShare("#main")).toEqual({ kind: "none" });
  expect(hasSharedView("#main")).toBe(false);
  expect(hasSharedView(`#${await encodeShare({ spec: "{}" })}`)).toBe(true);
});

it.each([
  ["characters base64url never has", "#spec=<script>alert(1)</script>", /characters a shared link never has/],
  ["data that is not deflated", `#spec=${Buffer.from("hello, world").toString("base64url")}`, /cannot be unpacked/],
  ["a cut-short link", "#spec=A", /cut short|cannot be unpacked/],
])("%s: a message, not an exception", async (_name, hash, message) => {
  expect(await decodeShare(hash)).toEqual({ kind: "error", message: expect.stringMatching(message) });
});

it("a deflate bomb (a few kB inflating to 50 MB) is refused by size", async () => {
  const bomb = deflateRaw(new Uint8Array(50_000_000));
  expect(bomb.length).toBeLessThan(100_000);
  expect(await decodeShare(`#spec=${bomb}`)).toEqual({ kind: "error", message: expect.stringMatching(/larger than 5 MB/) });
});

it("well-formed data that is not a view: the link holds no specification", async () => {
  const notAView = deflateRaw(new TextEncoder().encode(JSON.stringify({ spec: 42 })));
  expect(await decodeShare(`#spec=${notAView}`)).toEqual({ kind: "error", message: expect.stringMatching(/no specification/) });
  const notUtf8 = deflateRaw(new Uint8Array([0xff, 0xfe, 0xfd]));
  expect(await decodeShare(`#spec=${notUtf8}`)).toEqual({ kind: "error", message: expect.stringMatching(/damaged/) });
});

// The playground's view in a link: the specification text (and the optional second version),
// deflated with the browser's CompressionStream and put in the URL fragment as base64url. A fragment
// never leaves the browser (it is not sent with the request), so nothing reaches a server. Decoding
// treats the fragment as hostile: its length and the inflated size are capped (a small fragment can
// inflate to gigabytes), and every way it can be wrong ends in a message, never an exception.
// Only specifications go in: a configuration can hold secrets and is never shared.

const PARAM = "spec";
/** Longest fragment read: far above any real spec (the largest deflates to about 20 kB). */
const MAX_FRAGMENT_CHARS = 2_000_000;
/** Largest inflated text accepted. */
const MAX_INFLATED_BYTES = 5_000_000;

export interface SharedView {
  spec: string;
  /** The second version, for "What changes for users". */
  newer?: string;
}

export type DecodedShare = { kind: "none" } | { kind: "ok"; view: SharedView } | { kind: "error"; message: string };

class ShareError extends Error {}

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new ShareError(`The shared text is larger than ${limit / 1_000_000} MB once unpacked; it was not opened.`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new ShareError("The link is damaged: its data has characters a shared link never has.");
  let binary: string;
  try {
    binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    throw new ShareError("The link is damaged: its data was cut short.");
  }
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The fragment (without "#") for a view. */
export async function encodeShare(view: SharedView): Promise<string> {
  const json = JSON.stringify(view.newer ? { spec: view.spec, newer: view.newer } : { spec: view.spec });
  const deflated = await collect(streamOf(new TextEncoder().encode(json)).pipeThrough(new CompressionStream("deflate-raw")), Infinity);
  return `${PARAM}=${toBase64Url(deflated)}`;
}

async function decode(data: string): Promise<SharedView> {
  if (data.length > MAX_FRAGMENT_CHARS) throw new ShareError("The link is too long to be a playground link; it was not opened.");
  const bytes = fromBase64Url(data);
  let inflated: Uint8Array;
  try {
    inflated = await collect(streamOf(bytes).pipeThrough(new DecompressionStream("deflate-raw")), MAX_INFLATED_BYTES);
  } catch (error) {
    if (error instanceof ShareError) throw error;
    throw new ShareError("The link is damaged: its data cannot be unpacked. Ask for the link again.");
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(inflated));
  } catch {
    throw new ShareError("The link is damaged: its unpacked data is not what the playground writes.");
  }
  const { spec, newer } = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  if (typeof spec !== "string" || (newer !== undefined && typeof newer !== "string")) {
    throw new ShareError("The link's data holds no specification text.");
  }
  return newer === undefined ? { spec } : { spec, newer };
}

function sharedData(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, "")).get(PARAM);
}

/** True when a location's fragment holds a shared view (other fragments, like #main, are not ours). */
export function hasSharedView(hash: string): boolean {
  return sharedData(hash) !== null;
}

/** The view in a location's fragment ("#spec=…"); "none" when the fragment holds none. */
export async function decodeShare(hash: string): Promise<DecodedShare> {
  const data = sharedData(hash);
  if (data === null) return { kind: "none" };
  try {
    return { kind: "ok", view: await decode(data) };
  } catch (error) {
    return {
      kind: "error",
      message: error instanceof ShareError ? error.message : "The link is damaged: its data cannot be read. Ask for the link again.",
    };
  }
}

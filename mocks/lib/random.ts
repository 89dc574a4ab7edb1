// Small deterministic helpers: seeded randomness (so seeded history and generated logs are the
// same on every load) and UUIDs.

/** mulberry32: a tiny, fast seeded PRNG returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many draws seededRandom's sequence advances per `uuid()`. */
export const UUID_DRAWS = 31;

/**
 * The generator `seededRandom(seed)` becomes after `skip` draws, without drawing them: mulberry32's
 * state is a counter that each draw moves by the same step. Lets a caller take the n-th of a
 * sequence of UUIDs without making the n before it.
 */
export function seededRandomAfter(seed: number, skip: number): () => number {
  return seededRandom((seed + Math.imul(skip, 0x6d2b79f5)) >>> 0);
}

/** A 32-bit hash of a string (FNV-1a), to seed randomness from an id or a name. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function randomBetween(min: number, max: number, random: () => number = Math.random): number {
  return min + (max - min) * random();
}

export function pick<T>(items: readonly T[], random: () => number = Math.random): T {
  return items[Math.floor(random() * items.length)]!;
}

const HEX_DIGITS = "0123456789abcdef";

/** `length` hex digits; a table lookup, not Number#toString(16) per digit (a status tab of 200 streams makes hundreds of UUIDs in the page). */
function hex(random: () => number, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += HEX_DIGITS[Math.floor(random() * 16)]!;
  return out;
}

/** A version-4-shaped UUID; deterministic when given a seeded random source (it draws UUID_DRAWS numbers). */
export function uuid(random: () => number = Math.random): string {
  const variant = "89ab"[Math.floor(random() * 4)];
  return `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-${variant}${hex(random, 3)}-${hex(random, 12)}`;
}

/** A stable UUID derived from a name (used for definitions whose record lacks an id). */
export function uuidFromName(name: string): string {
  return uuid(seededRandom(hashString(name)));
}

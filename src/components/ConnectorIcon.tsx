import { useMemo, useState } from "react";
import { INITIALS_BACKGROUNDS } from "@/shared/theme";

// Connector definitions may carry an icon (SVG text or a URL; the mock serves the real ones). Untrusted SVG is only ever
// used as an <img> data URL (scripts in it never run); without one we draw initials on a colour
// derived from the name so every connector stays recognisable. Real servers answer icon URLs on a
// public host (Airbyte's CDN): where it cannot be reached (an air-gapped install), a failed load
// falls back to the initials instead of a broken-image box.
function initials(name: string): string {
  const words = name
    .replace(/[^\p{L}\p{N} ]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return "?";
  if (words.length === 1) return words[0]!.slice(0, 2).toUpperCase();
  return (words[0]![0]! + words[1]![0]!).toUpperCase();
}

function colourFor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return INITIALS_BACKGROUNDS[hash % INITIALS_BACKGROUNDS.length]!;
}

export function ConnectorIcon({ name, icon, size = 32 }: { name: string; icon?: string | null; size?: number }) {
  const src = useMemo(() => {
    if (!icon) return undefined;
    const trimmed = icon.trim();
    if (trimmed.startsWith("<svg")) return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(trimmed)}`;
    // A URL on a public host, an image data URL, or a path on this origin (the embedded mock's icons);
    // all only ever as an <img>.
    if (/^https:\/\//.test(trimmed) || /^data:image\//.test(trimmed) || /^\/(?!\/)/.test(trimmed)) return trimmed;
    return undefined;
  }, [icon]);
  const [failed, setFailed] = useState<string | null>(null);
  if (src && failed !== src)
    return <img src={src} alt="" width={size} height={size} style={{ borderRadius: 6, flexShrink: 0 }} onError={() => setFailed(src)} />;
  return (
    <span
      aria-hidden="true"
      style={{
        width: size,
        height: size,
        borderRadius: 6,
        background: colourFor(name),
        color: "var(--mantine-color-white)",
        display: "inline-flex",
        alignItems: "center",
        justifyContent: "center",
        fontSize: size * 0.4,
        fontWeight: 700,
        flexShrink: 0,
        letterSpacing: 0.5,
      }}
    >
      {initials(name)}
    </span>
  );
}

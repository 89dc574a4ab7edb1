// A tag as a small coloured label, in plain markup: the connections list shows one per tag on
// every row. The colour is the tag's own (six hex digits, no '#', as the server stores it); the
// text is black or white, whichever reads better on it (WCAG contrast), so any colour stays legible.
import type { ReactNode } from "react";

const HEX = /^[0-9A-Fa-f]{6}$/;

function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Black or white text for a background of this colour, whichever contrasts more (WCAG 2 ratio). */
export function textColorOn(hex: string): "#000000" | "#ffffff" {
  const l = luminance(hex);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? "#000000" : "#ffffff";
}

/** `#RRGGBB` for a tag colour, grey for a colour the server should never have stored. */
export function cssColor(color: string): string {
  return HEX.test(color) ? `#${color}` : "#868e96";
}

export function TagBadge({ name, color, children }: { name: string; color: string; children?: ReactNode }) {
  const background = cssColor(color);
  return (
    <span
      title={name}
      style={{
        display: "inline-flex",
        alignItems: "center",
        gap: 4,
        maxWidth: 180,
        padding: "1px 8px",
        borderRadius: 10,
        fontSize: 12,
        lineHeight: "18px",
        whiteSpace: "nowrap",
        background,
        color: textColorOn(background.slice(1)),
      }}
    >
      <span style={{ overflow: "hidden", textOverflow: "ellipsis" }}>{name}</span>
      {children}
    </span>
  );
}

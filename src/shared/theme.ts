import { createTheme, darken, DEFAULT_THEME, type CSSVariablesResolver, type MantineTheme } from "@mantine/core";

const { colors } = DEFAULT_THEME;

/**
 * Tiles behind a connector's initials when it has no icon (src/components/ConnectorIcon.tsx):
 * every one keeps white initials above WCAG AA (4.5:1) in both colour schemes. Mantine's oranges
 * are all below it, hence the one darker orange of our own.
 */
export const INITIALS_BACKGROUNDS: readonly string[] = [
  colors.indigo[8],
  colors.teal[9],
  colors.red[9],
  colors.grape[9],
  colors.cyan[9],
  colors.pink[9],
  colors.violet[9],
  colors.blue[9],
  "#b35900",
  colors.gray[7],
];

// The console's theme: every colour a screen uses comes from here, as a Mantine colour name (whose
// shades Mantine switches per colour scheme) or one of the variables set below for both schemes.
export const theme = createTheme({
  primaryColor: "indigo",
  // Shade 8 keeps white text on filled buttons (primary and red) above WCAG AA 4.5:1.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: "md",
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  fontFamilyMonospace: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
  components: {
    // A light alert's title takes the alert colour, which for orange and yellow is below 4.5:1 on the
    // tinted background: titles use the text colour (the icon and tint still carry the colour). Plain
    // objects (not Alert.extend, Modal.extend) so the theme does not pull these components' code
    // into the first download.
    Alert: { styles: { title: { color: "var(--mantine-color-text)" } } },
    // Icon-only close buttons need a name for screen readers.
    Modal: { defaultProps: { closeButtonProps: { "aria-label": "Close dialog" } } },
    Drawer: { defaultProps: { closeButtonProps: { "aria-label": "Close panel" } } },
    CloseButton: { defaultProps: { "aria-label": "Close" } },
  },
});

/**
 * Text of light and subtle buttons and badges in the light scheme. Mantine draws it in shade 9 over
 * shade 1, and over shade 2 on hover: 4.1:1 for indigo (axe flagged the hovered "Optional fields"
 * toggle), lower for green, lime, yellow and orange. Shade 9 darkened by 30% is at least 4.7:1 over
 * shade 2 for every Mantine colour.
 */
function lightVariantText(t: MantineTheme): Record<string, string> {
  return Object.fromEntries(
    Object.entries(t.colors)
      .filter(([name]) => name !== "dark")
      .map(([name, shades]) => [`--mantine-color-${name}-light-color`, darken(shades[9], 0.3)]),
  );
}

/**
 * Mantine's default "dimmed" grey and error red are below 4.5:1 on white or on dark backgrounds, and
 * in the dark scheme its link colour (indigo 4) is 3.8:1 on a hovered row: adjust them.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { "--mantine-color-dimmed": t.colors.gray[7], "--mantine-color-error": t.colors.red[9], ...lightVariantText(t) },
  dark: {
    "--mantine-color-dimmed": t.colors.dark[1],
    "--mantine-color-error": t.colors.red[4],
    "--mantine-color-anchor": t.colors.indigo[3],
  },
});

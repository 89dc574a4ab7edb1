// Secondary text that still meets WCAG AA contrast (4.5:1) in both colour schemes; Mantine's
// "dimmed" grey does not on white.
export const MUTED_TEXT = 'light-dark(var(--mantine-color-gray-7), var(--mantine-color-dark-1))';

// Props for a Mantine Select, MultiSelect or TagsInput whose option list exists only while open.
// Mantine keeps a closed list mounted (hidden) by default, and floating-ui measures its position as
// the field mounts: a forced layout and a synchronous re-render per field, and every option built,
// on every page that shows such fields (profiled on the connector form, the timeline's filters and
// the stream history picker).
import { useReducer } from "react";

const DROPDOWN_ON_OPEN = { keepMounted: false } as const;

/**
 * `comboboxProps` and `onDropdownOpen` to spread on the field. Mantine learns a freshly mounted
 * list's id in an effect and keeps it in a ref, so the field renders once more after opening;
 * without that the open input would still say aria-expanded="false", with no aria-controls.
 */
export function useDropdownOnOpen(): { comboboxProps: typeof DROPDOWN_ON_OPEN; onDropdownOpen(): void } {
  const [, renderAgain] = useReducer((count: number) => count + 1, 0);
  return { comboboxProps: DROPDOWN_ON_OPEN, onDropdownOpen: () => window.setTimeout(renderAgain, 0) };
}

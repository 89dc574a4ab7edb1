// Tells edits made by the user (typing, picking an option, toggling a switch, adding an item)
// from changes the form makes by itself (filling defaults as it mounts). Drafts and the
// unsaved-changes guard only start once the user has done something.
import type { SyntheticEvent } from "react";

const CHOICE_ROLES = '[role="option"], [role="radio"], [role="switch"], [role="checkbox"], [role="combobox"], [role="menuitem"]';

export function isUserEdit(event: SyntheticEvent): boolean {
  const target = event.target;
  if (!(target instanceof Element)) return false;
  if (event.type === "input" || event.type === "change") return true;
  if (event.type === "keydown") {
    const key = (event.nativeEvent as KeyboardEvent).key;
    return (key === "Enter" || key === " ") && target.closest(CHOICE_ROLES) !== null;
  }
  if (event.type === "click") {
    if (target.closest(CHOICE_ROLES)) return true;
    const button = target.closest("button");
    // Buttons that only show or hide something (aria-expanded) and the submit button change no value.
    return button !== null && !button.hasAttribute("aria-expanded") && button.type !== "submit";
  }
  return false;
}

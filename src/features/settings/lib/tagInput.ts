// What a tag form may send, by the server's rules (TagHandler: names of at most 30 characters; the
// tag table: colours of exactly six hex digits, stored without '#'). Checked before sending so the
// user hears at once; the server's own refusals (a name already used) are shown the same way.
export const TAG_NAME_MAX = 30;

export interface TagDraft {
  name: string;
  /** As the colour picker holds it: "#RRGGBB" (or whatever was typed). */
  color: string;
}

export interface TagDraftErrors {
  name?: string;
  color?: string;
}

/** The colour as the server stores it ("75DCFF"), or undefined when it is not six hex digits. */
export function toServerColor(color: string): string | undefined {
  const hex = color.trim().replace(/^#/, "");
  return /^[0-9A-Fa-f]{6}$/.test(hex) ? hex.toUpperCase() : undefined;
}

export function validateTagDraft(draft: TagDraft, otherNames: readonly string[] = []): TagDraftErrors {
  const errors: TagDraftErrors = {};
  const name = draft.name.trim();
  if (!name) errors.name = "Give the tag a name.";
  else if (name.length > TAG_NAME_MAX) errors.name = `Use at most ${TAG_NAME_MAX} characters (this has ${name.length}).`;
  else if (otherNames.includes(name)) errors.name = "Another tag of this workspace has this name.";
  if (!toServerColor(draft.color)) errors.color = "Pick a colour, or type one as six hex digits such as #75DCFF.";
  return errors;
}

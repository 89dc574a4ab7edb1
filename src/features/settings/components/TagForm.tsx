// The name and colour of a tag, for creating one and for editing one. Typed values stay after a
// refusal; the server's refusal of a name or colour is shown at that field.
import { Button, ColorInput, Group, TextInput } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { ApiError } from "@/api/errors";
import { TAG_NAME_MAX, toServerColor, validateTagDraft, type TagDraft, type TagDraftErrors } from "../lib/tagInput";

export const TAG_SWATCHES = ["#75DCFF", "#4DABF7", "#69DB7C", "#FFD43B", "#FFA94D", "#FF8787", "#DA77F2", "#ADB5BD", "#1C7ED6", "#2B8A3E"];

/** Which field a server refusal belongs to (its problem type), if any. */
function fieldOf(error: unknown): keyof TagDraftErrors | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.problemType === "error:tag-already-exists" || error.problemType === "error:tag-name-too-long") return "name";
  if (error.problemType === "error:tag-invalid-hex-color") return "color";
  return undefined;
}

interface TagFormProps {
  initial: TagDraft;
  /** Names of the workspace's other tags (a second tag of the same name is refused). */
  otherNames: readonly string[];
  submitLabel: string;
  pending: boolean;
  /** The label prefix of the inputs ("New tag", "Tag finance"), so several forms on a page stay distinct. */
  label: string;
  onSubmit(tag: { name: string; color: string }, done: () => void, failed: (error: unknown) => void): void;
  onCancel?(): void;
  /** Shown under the fields: a failure that belongs to no field. */
  renderError(error: unknown): ReactNode;
}

export function TagForm({ initial, otherNames, submitLabel, pending, label, onSubmit, onCancel, renderError }: TagFormProps) {
  const [draft, setDraft] = useState<TagDraft>(initial);
  const [errors, setErrors] = useState<TagDraftErrors>({});
  const [otherError, setOtherError] = useState<unknown>(null);

  const submit = () => {
    const found = validateTagDraft(draft, otherNames);
    setErrors(found);
    setOtherError(null);
    if (Object.keys(found).length > 0) return;
    onSubmit(
      { name: draft.name.trim(), color: toServerColor(draft.color)! },
      () => setDraft(initial),
      (error) => {
        const field = fieldOf(error);
        if (field) setErrors({ [field]: error instanceof Error ? error.message : String(error) });
        else setOtherError(error);
      },
    );
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      aria-label={label}
    >
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          label={`${label}: name`}
          value={draft.name}
          onChange={(event) => setDraft({ ...draft, name: event.currentTarget.value })}
          error={errors.name}
          description={`Up to ${TAG_NAME_MAX} characters`}
          style={{ flex: "1 1 200px" }}
        />
        <ColorInput
          label={`${label}: colour`}
          value={draft.color}
          onChange={(color) => setDraft({ ...draft, color })}
          error={errors.color}
          description="Pick one or type #RRGGBB"
          format="hex"
          // The eye dropper's button has no name to announce, and typing or a swatch does the job.
          withEyeDropper={false}
          swatches={TAG_SWATCHES}
          swatchesPerRow={5}
          style={{ flex: "0 1 180px" }}
        />
        <Group gap="xs" mt={24}>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </Group>
      </Group>
      {otherError !== null && renderError(otherError)}
    </form>
  );
}

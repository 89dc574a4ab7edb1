import { Checkbox, Popover, ScrollArea, Stack, Text } from "@mantine/core";
import { useState } from "react";
import type { SchemaField } from "../lib/schemaFields";
import { fieldKey, fieldLabel } from "../lib/streamKey";
import type { FieldPath } from "../lib/types";
import classes from "./StreamTable.module.css";

interface Props {
  streamLabel: string;
  fields: readonly SchemaField[];
  value: readonly FieldPath[];
  onChange: (value: string[][]) => void;
  invalid?: boolean;
}

/**
 * Multi-column primary key over the stream's scalar fields (nested ones too). The popover is only
 * mounted while open, so a row costs one native button.
 */
export function PrimaryKeyPicker({ streamLabel, fields, value, onChange, invalid }: Props) {
  const [opened, setOpened] = useState(false);
  const summary = value.length ? value.map(fieldLabel).join(", ") : "Choose key";
  const button = (
    <button
      type="button"
      className={classes.keyButton}
      onClick={() => setOpened((o) => !o)}
      aria-label={`Primary key for ${streamLabel}: ${value.length ? summary : "not chosen"}`}
      aria-expanded={opened}
      aria-invalid={invalid || undefined}
      title={summary}
    >
      {summary}
    </button>
  );
  if (!opened) return button;
  const chosen = new Set(value.map(fieldKey));
  return (
    <Popover opened onChange={setOpened} position="bottom-start" withinPortal trapFocus shadow="md">
      <Popover.Target>{button}</Popover.Target>
      <Popover.Dropdown>
        {fields.length === 0 ? (
          <Text size="sm">This stream has no fields that can be a key.</Text>
        ) : (
          <ScrollArea.Autosize mah={260}>
            <Stack gap={6} role="group" aria-label={`Primary key fields for ${streamLabel}`}>
              {fields.map((field) => (
                <Checkbox
                  key={field.key}
                  label={`${fieldLabel(field.path)} (${field.type})`}
                  checked={chosen.has(field.key)}
                  onChange={(event) => {
                    const next = event.currentTarget.checked
                      ? [...value.map((p) => [...p]), [...field.path]]
                      : value.filter((p) => fieldKey(p) !== field.key).map((p) => [...p]);
                    onChange(next);
                  }}
                />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}

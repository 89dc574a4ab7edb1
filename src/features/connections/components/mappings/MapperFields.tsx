// The inputs of one mapping, by type. Field choices are the fields this mapping sees (after the
// mappings before it, from the server's validate answer; the stream's own fields until then); a
// value no longer among them is still shown, so nothing typed disappears.
import { Group, NativeSelect, SegmentedControl, Stack, TextInput, Textarea } from "@mantine/core";
import { AES_MODES, AES_PADDINGS, HASHING_METHODS, type MapperDraft } from "../../lib/mappers";

interface Props {
  draft: Exclude<MapperDraft, { type: "unknown" }>;
  fields: readonly string[];
  label: string;
  onChange(next: MapperDraft): void;
  /** The server refused this mapping on save: its inputs are marked invalid (the message is beside them, see MappingsModal). */
  refused?: boolean | undefined;
}

/** Mantine's `error` without a message: invalid styling and aria-invalid. */
type Invalid = { error?: true };

function FieldSelect({
  label,
  value,
  fields,
  onChange,
  ...invalid
}: {
  label: string;
  value: string;
  fields: readonly string[];
  onChange(v: string): void;
} & Invalid) {
  const options = value && !fields.includes(value) ? [value, ...fields] : fields;
  return (
    <NativeSelect
      label={label}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[{ value: "", label: "Choose a field" }, ...options.map((name) => ({ value: name, label: name }))]}
      style={{ flex: "1 1 180px" }}
      {...invalid}
    />
  );
}

export function MapperFields({ draft, fields, label, onChange, refused }: Props) {
  const invalid: Invalid = refused ? { error: true } : {};
  switch (draft.type) {
    case "hashing":
      return (
        <Group gap="sm" align="flex-end" wrap="wrap">
          <FieldSelect
            {...invalid}
            label={`${label}: field to hash`}
            value={draft.targetField}
            fields={fields}
            onChange={(targetField) => onChange({ ...draft, targetField })}
          />
          <NativeSelect
            {...invalid}
            label={`${label}: method`}
            value={draft.method}
            onChange={(event) => onChange({ ...draft, method: event.currentTarget.value })}
            data={[...HASHING_METHODS]}
          />
          <TextInput
            {...invalid}
            label={`${label}: new field's suffix`}
            value={draft.fieldNameSuffix}
            onChange={(event) => onChange({ ...draft, fieldNameSuffix: event.currentTarget.value })}
          />
        </Group>
      );
    case "field-renaming":
      return (
        <Group gap="sm" align="flex-end" wrap="wrap">
          <FieldSelect
            {...invalid}
            label={`${label}: field to rename`}
            value={draft.originalFieldName}
            fields={fields}
            onChange={(originalFieldName) => onChange({ ...draft, originalFieldName })}
          />
          <TextInput
            {...invalid}
            label={`${label}: new name`}
            value={draft.newFieldName}
            onChange={(event) => onChange({ ...draft, newFieldName: event.currentTarget.value })}
          />
        </Group>
      );
    case "field-filtering":
      return (
        <FieldSelect
          {...invalid}
          label={`${label}: field to remove`}
          value={draft.targetField}
          fields={fields}
          onChange={(targetField) => onChange({ ...draft, targetField })}
        />
      );
    case "row-filtering":
      return (
        <Group gap="sm" align="flex-end" wrap="wrap">
          <FieldSelect
            {...invalid}
            label={`${label}: field`}
            value={draft.fieldName}
            fields={fields}
            onChange={(fieldName) => onChange({ ...draft, fieldName })}
          />
          <NativeSelect
            {...invalid}
            label={`${label}: keep rows where the field`}
            value={draft.negate ? "not" : "equal"}
            onChange={(event) => onChange({ ...draft, negate: event.currentTarget.value === "not" })}
            data={[
              { value: "equal", label: "equals" },
              { value: "not", label: "does not equal" },
            ]}
          />
          <TextInput
            {...invalid}
            label={`${label}: value`}
            value={draft.comparisonValue}
            onChange={(event) => onChange({ ...draft, comparisonValue: event.currentTarget.value })}
          />
        </Group>
      );
    case "encryption":
      return (
        <Stack gap="xs">
          <SegmentedControl
            aria-label={`${label}: algorithm`}
            value={draft.algorithm}
            onChange={(algorithm) => onChange({ ...draft, algorithm: algorithm as "RSA" | "AES" })}
            data={[
              { value: "RSA", label: "RSA public key" },
              { value: "AES", label: "AES key" },
            ]}
          />
          <Group gap="sm" align="flex-end" wrap="wrap">
            <FieldSelect
              {...invalid}
              label={`${label}: field to encrypt`}
              value={draft.targetField}
              fields={fields}
              onChange={(targetField) => onChange({ ...draft, targetField })}
            />
            <TextInput
              {...invalid}
              label={`${label}: new field's suffix`}
              value={draft.fieldNameSuffix}
              onChange={(event) => onChange({ ...draft, fieldNameSuffix: event.currentTarget.value })}
            />
          </Group>
          {draft.algorithm === "RSA" ? (
            <Textarea
              {...invalid}
              label={`${label}: public key`}
              description="Hex of the key's X.509 (DER) encoding"
              value={draft.publicKey}
              onChange={(event) => onChange({ ...draft, publicKey: event.currentTarget.value })}
              autosize
              minRows={2}
            />
          ) : (
            <Group gap="sm" align="flex-end" wrap="wrap">
              <TextInput
                {...invalid}
                label={`${label}: key`}
                description="Hex of 16, 24 or 32 bytes; stored as a secret"
                type="password"
                autoComplete="off"
                value={draft.key_}
                onChange={(event) => onChange({ ...draft, key_: event.currentTarget.value })}
              />
              <NativeSelect
                {...invalid}
                label={`${label}: mode`}
                value={draft.mode}
                onChange={(event) => onChange({ ...draft, mode: event.currentTarget.value })}
                data={[...AES_MODES]}
              />
              <NativeSelect
                {...invalid}
                label={`${label}: padding`}
                value={draft.padding}
                onChange={(event) => onChange({ ...draft, padding: event.currentTarget.value })}
                data={[...AES_PADDINGS]}
              />
            </Group>
          )}
        </Stack>
      );
  }
}

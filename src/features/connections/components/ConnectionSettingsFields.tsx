import { NativeSelect, Radio, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import type { ConnectionSettings, SettingsErrors } from "../lib/connectionSettings";
import { POLICY_OPTIONS } from "../lib/connectionSettings";
import { destinationNamespace, SOURCE_NAMESPACE_TOKEN } from "../lib/namespace";
import type { NonBreakingChangesPreference } from "../lib/types";
import { ScheduleEditor } from "./ScheduleEditor";

interface Props {
  value: ConnectionSettings;
  onChange: (value: ConnectionSettings) => void;
  errors: SettingsErrors;
  /** A namespace from the catalog, for the preview. */
  exampleNamespace?: string;
  exampleStream?: string;
}

export function ConnectionSettingsFields({ value, onChange, errors, exampleNamespace, exampleStream }: Props) {
  const set = <K extends keyof ConnectionSettings>(key: K, next: ConnectionSettings[K]) => onChange({ ...value, [key]: next });
  const previewNamespace = destinationNamespace(value, exampleNamespace ?? "public");
  return (
    <Stack gap="md">
      <TextInput
        label="Connection name"
        required
        value={value.name}
        onChange={(event) => set("name", event.currentTarget.value)}
        error={errors.name}
        maxLength={500}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="xs">
          <Radio.Group
            label="Destination namespace"
            value={value.namespaceDefinition}
            onChange={(next) => set("namespaceDefinition", next as ConnectionSettings["namespaceDefinition"])}
          >
            <Stack gap={6} mt={6}>
              <Radio value="source" label="Same as the source (mirror its schemas)" />
              <Radio value="destination" label="The destination's default" />
              <Radio value="customformat" label="Custom format" />
            </Stack>
          </Radio.Group>
          {value.namespaceDefinition === "customformat" && (
            <TextInput
              label="Namespace format"
              description={`${SOURCE_NAMESPACE_TOKEN} stands for the source's namespace.`}
              value={value.namespaceFormat}
              onChange={(event) => set("namespaceFormat", event.currentTarget.value)}
              error={errors.namespaceFormat}
              spellCheck={false}
            />
          )}
          <TextInput
            label="Stream prefix"
            description="Added in front of every stream name in the destination."
            value={value.prefix}
            onChange={(event) => set("prefix", event.currentTarget.value)}
            spellCheck={false}
          />
          <Text size="xs" c="dimmed">
            Example: {exampleStream ?? "users"} is written to{" "}
            {previewNamespace ? `${previewNamespace}.` : "the destination's default namespace as "}
            {value.prefix}
            {exampleStream ?? "users"}
          </Text>
        </Stack>
        <Stack gap="md">
          <ScheduleEditor value={value.schedule} onChange={(schedule) => set("schedule", schedule)} error={errors.schedule} />
          <NativeSelect
            label="When the source schema changes"
            description="For non-breaking changes; breaking changes always wait for you."
            value={value.nonBreakingChangesPreference}
            onChange={(event) => set("nonBreakingChangesPreference", event.currentTarget.value as NonBreakingChangesPreference)}
            data={POLICY_OPTIONS}
          />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

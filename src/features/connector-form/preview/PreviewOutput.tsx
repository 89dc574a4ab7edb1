// What the playground form produces: the configuration as it would be sent, and its validation
// errors. Memoised: its props follow the debounced configuration, not each keystroke.
import { Code, List, Text, Title } from "@mantine/core";
import { memo } from "react";

interface PreviewOutputProps {
  submitValue: unknown;
  errors: string[];
}

export const PreviewOutput = memo(function PreviewOutput({ submitValue, errors }: PreviewOutputProps) {
  return (
    <>
      <Title order={2} size="h4">
        Resulting configuration
      </Title>
      <Code block style={{ maxHeight: 320, overflow: "auto" }} aria-label="Resulting configuration" tabIndex={0}>
        {JSON.stringify(submitValue, null, 2)}
      </Code>
      <Title order={2} size="h4">
        Validation errors
      </Title>
      {errors.length === 0 ? (
        <Text size="sm" c="dimmed">
          None.
        </Text>
      ) : (
        <List size="sm" aria-label="Validation errors">
          {errors.map((text) => (
            <List.Item key={text} style={{ overflowWrap: "anywhere" }}>
              {text}
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
});

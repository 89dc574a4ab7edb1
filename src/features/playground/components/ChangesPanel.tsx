// "What changes for users": the difference between the two versions as people with a saved
// configuration feel it (lib/diff/diffSpecs.ts), breaking changes first, each with its path.
import { Badge, Code, List, Stack, Text } from "@mantine/core";
import { useMemo } from "react";
import { diffSpecs } from "../lib/diff/diffSpecs";
import type { ParsedSpec } from "../lib/parseSpecText";

export function ChangesPanel({ before, after }: { before: ParsedSpec; after: ParsedSpec }) {
  const changes = useMemo(
    () =>
      before.kind === "ok" && after.kind === "ok"
        ? diffSpecs(before.spec.connectionSpecification, after.spec.connectionSpecification)
        : undefined,
    [before, after],
  );
  if (!changes) {
    return (
      <Text size="sm" c="dimmed">
        {after.kind === "empty"
          ? "Paste a newer version of the specification on the left to see what changes for users of the one above."
          : before.kind !== "ok"
            ? "The specification at the top of the page is needed to compare with."
            : "Fix the newer version to see what changes."}
      </Text>
    );
  }
  const breaking = changes.filter((change) => change.breaking).length;
  return (
    <Stack gap="sm">
      <Text size="sm" role="status" fw={600}>
        {changes.length === 0
          ? "No change a user would notice."
          : `${changes.length} change${changes.length === 1 ? "" : "s"}, ${breaking} breaking for saved configurations.`}
      </Text>
      {changes.length > 0 && (
        <List aria-label="Changes for users" listStyleType="none" spacing="xs" size="sm" style={{ maxHeight: 560, overflow: "auto" }}>
          {changes.map((change, index) => (
            <List.Item key={`${change.kind}-${change.path.join("/")}-${index}`} style={{ overflowWrap: "anywhere" }}>
              <Badge color={change.breaking ? "red" : "gray"} variant="light" mr="xs">
                {change.breaking ? "Breaking" : "Not breaking"}
              </Badge>
              <Code>{change.path.length > 0 ? change.path.join(" › ") : "(top level)"}</Code> {change.message}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

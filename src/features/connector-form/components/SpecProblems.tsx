import { Alert, List, Text } from "@mantine/core";
import { memo } from "react";
import type { SpecProblem } from "../lib/specProblem";

/**
 * Why a specification cannot be rendered, problem by problem (keyword and path named). Memoised: the
 * playground shows a spec's warnings above its form, and each keystroke in the form re-renders that page.
 */
export const SpecProblems = memo(function SpecProblems({
  problems,
  title = "This connector specification cannot be shown as a form",
}: {
  problems: SpecProblem[];
  title?: string;
}) {
  const shown = problems.slice(0, 20);
  return (
    <Alert color="red" title={title} role="alert" variant="light">
      <List size="sm" spacing={4}>
        {shown.map((problem, i) => (
          <List.Item key={`${problem.path}-${problem.keyword}-${i}`} style={{ overflowWrap: "anywhere" }}>
            <Text span size="sm" ff="monospace">
              {problem.path}
            </Text>{" "}
            <Text span size="sm" fw={600}>
              {problem.keyword}
            </Text>
            : {problem.message}
          </List.Item>
        ))}
      </List>
      {problems.length > shown.length && (
        <Text size="sm" mt="xs">
          …and {problems.length - shown.length} more.
        </Text>
      )}
    </Alert>
  );
});

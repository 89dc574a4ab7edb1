// The level chips of the log viewer, and the line that says what is shown.
import { Chip, Group, Text } from "@mantine/core";
import { LOG_LEVELS, type LogLevelName } from "../../lib/logLevel";

const LEVEL_LABEL: Record<LogLevelName, string> = { error: "Error", warn: "Warn", info: "Info", debug: "Debug", trace: "Trace" };

interface LogLevelBarProps {
  levels: LogLevelName[];
  onLevels(levels: LogLevelName[]): void;
  /** "1,234 lines · 56 shown · 3 of 12": announced as it changes. */
  summary: string;
}

export function LogLevelBar({ levels, onLevels, summary }: LogLevelBarProps) {
  return (
    <Group gap="xs" mb="xs" wrap="wrap">
      <Text size="sm" id="log-levels-label">
        Levels:
      </Text>
      <Chip.Group multiple value={levels} onChange={(value) => onLevels(value as LogLevelName[])}>
        <Group gap={4} role="group" aria-labelledby="log-levels-label">
          {LOG_LEVELS.map((level) => (
            <Chip key={level} value={level} size="xs">
              {LEVEL_LABEL[level]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {summary}
      </Text>
    </Group>
  );
}

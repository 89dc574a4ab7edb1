import { List, NativeSelect, SegmentedControl, Stack, Text, TextInput } from "@mantine/core";
import { useMemo } from "react";
import { formatDateTimeWithZone } from "@/shared/format";
import { BASIC_HOURS, checkCron, type ScheduleChoice } from "../lib/schedule";

const ZONES: string[] = (() => {
  try {
    return Intl.supportedValuesOf("timeZone");
  } catch {
    return ["UTC"];
  }
})();

interface Props {
  value: ScheduleChoice;
  onChange: (value: ScheduleChoice) => void;
  error?: string;
}

export function ScheduleEditor({ value, onChange, error }: Props) {
  const cron = useMemo(() => (value.type === "cron" ? checkCron(value.cronExpression, value.cronTimeZone, 3) : undefined), [value]);
  const zones = ZONES.includes("UTC") ? ZONES : ["UTC", ...ZONES];
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} id="schedule-label">
        Schedule
      </Text>
      <SegmentedControl
        aria-labelledby="schedule-label"
        value={value.type}
        onChange={(type) => onChange({ ...value, type: type as ScheduleChoice["type"] })}
        data={[
          { value: "manual", label: "Manual" },
          { value: "basic", label: "Every N hours" },
          { value: "cron", label: "Cron" },
        ]}
      />
      {value.type === "manual" && (
        <Text size="sm" c="dimmed">
          Syncs run only when you start them.
        </Text>
      )}
      {value.type === "basic" && (
        <NativeSelect
          label="Sync every"
          value={String(value.timeUnit === "hours" ? value.units : 24)}
          onChange={(event) => onChange({ ...value, units: Number(event.currentTarget.value), timeUnit: "hours" })}
          data={BASIC_HOURS.map((h) => ({ value: String(h), label: h === 1 ? "1 hour" : `${h} hours` }))}
          error={error}
        />
      )}
      {value.type === "cron" && (
        <>
          <TextInput
            label="Cron expression"
            description="Quartz syntax: seconds minutes hours day-of-month month day-of-week, e.g. 0 0 12 * * ?"
            value={value.cronExpression}
            onChange={(event) => onChange({ ...value, cronExpression: event.currentTarget.value })}
            error={error ?? (cron && !cron.ok ? cron.message : undefined)}
            spellCheck={false}
          />
          <NativeSelect
            label="Time zone"
            value={value.cronTimeZone}
            onChange={(event) => onChange({ ...value, cronTimeZone: event.currentTarget.value })}
            data={zones}
          />
          {cron?.ok && (
            <Stack gap={4} aria-live="polite">
              <Text size="sm">{cron.description}</Text>
              <Text size="xs" c="dimmed">
                Next runs:
              </Text>
              <List size="xs">
                {cron.nextRuns.map((run) => (
                  <List.Item key={run.toISOString()}>{formatDateTimeWithZone(run, value.cronTimeZone)}</List.Item>
                ))}
              </List>
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}

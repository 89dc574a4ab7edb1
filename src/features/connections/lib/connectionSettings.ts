// The connection-level settings edited in the create flow and the settings tab.
import type { NonBreakingChangesPreference } from "./types";
import { DEFAULT_NAMESPACE, namespaceError, type NamespaceDefinition } from "./namespace";
import { DEFAULT_SCHEDULE, scheduleError, scheduleFromApi, scheduleToApi, type ScheduleChoice } from "./schedule";
import type { ConnectionRead } from "@/api/types";

export interface ConnectionSettings {
  name: string;
  namespaceDefinition: NamespaceDefinition;
  namespaceFormat: string;
  prefix: string;
  schedule: ScheduleChoice;
  nonBreakingChangesPreference: NonBreakingChangesPreference;
}

export const POLICY_OPTIONS: { value: NonBreakingChangesPreference; label: string }[] = [
  { value: "ignore", label: "Ignore: keep syncing, review changes later" },
  { value: "propagate_columns", label: "Propagate field changes only" },
  { value: "propagate_fully", label: "Propagate all changes, including new streams" },
  { value: "disable", label: "Pause the connection" },
];

export function defaultSettings(name: string): ConnectionSettings {
  return { name, ...DEFAULT_NAMESPACE, schedule: DEFAULT_SCHEDULE, nonBreakingChangesPreference: "ignore" };
}

export function settingsFromConnection(connection: ConnectionRead): ConnectionSettings {
  return {
    name: connection.name,
    namespaceDefinition: connection.namespaceDefinition ?? "destination",
    namespaceFormat: connection.namespaceFormat ?? DEFAULT_NAMESPACE.namespaceFormat,
    prefix: connection.prefix ?? "",
    schedule: scheduleFromApi(connection.scheduleType, connection.scheduleData),
    nonBreakingChangesPreference: connection.nonBreakingChangesPreference ?? "ignore",
  };
}

export interface SettingsErrors {
  name?: string;
  namespaceFormat?: string;
  schedule?: string;
}

export function validateSettings(settings: ConnectionSettings): SettingsErrors {
  const errors: SettingsErrors = {};
  if (!settings.name.trim()) errors.name = "Give the connection a name.";
  const ns = namespaceError(settings);
  if (ns) errors.namespaceFormat = ns;
  const schedule = scheduleError(settings.schedule);
  if (schedule) errors.schedule = schedule;
  return errors;
}

/** The settings as Config API fields (create and update share them). */
export function settingsToApi(settings: ConnectionSettings) {
  return {
    name: settings.name.trim(),
    namespaceDefinition: settings.namespaceDefinition,
    // Only meaningful with a custom format; the API treats it as a template otherwise ignored.
    namespaceFormat: settings.namespaceDefinition === "customformat" ? settings.namespaceFormat.trim() : (undefined as unknown as string),
    prefix: settings.prefix,
    ...scheduleToApi(settings.schedule),
    nonBreakingChangesPreference: settings.nonBreakingChangesPreference,
  };
}

import { SegmentedControl, Text, useMantineColorScheme, type MantineColorScheme } from "@mantine/core";
import { SettingsSection } from "./SettingsSection";

export function AppearanceSettings() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <SettingsSection title="Appearance">
      <Text size="sm" id="color-scheme-label">
        Colour scheme
      </Text>
      <SegmentedControl
        aria-labelledby="color-scheme-label"
        value={colorScheme}
        onChange={(value) => setColorScheme(value as MantineColorScheme)}
        data={[
          { value: "auto", label: "Follow the system" },
          { value: "light", label: "Light" },
          { value: "dark", label: "Dark" },
        ]}
      />
    </SettingsSection>
  );
}

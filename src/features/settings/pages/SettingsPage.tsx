import { Stack } from "@mantine/core";
import { PageHeader } from "@/components/PageHeader";
import { useDocumentTitle } from "@/shared/useDocumentTitle";
import { getRuntimeConfig } from "@/api/runtimeConfig";
import { AppearanceSettings } from "../components/AppearanceSettings";
import { MockBackendPanel } from "../components/MockBackendPanel";
import { ServerSettings } from "../components/ServerSettings";
import { TagSettings } from "../components/TagSettings";
import { WorkspaceSettings } from "../components/WorkspaceSettings";

export function SettingsPage() {
  useDocumentTitle(["Settings"]);
  return (
    <>
      <PageHeader title="Settings" description="The server this console talks to, your workspace, its tags and how the console looks." />
      <Stack gap="lg" maw={760}>
        <ServerSettings />
        <WorkspaceSettings />
        <TagSettings />
        <AppearanceSettings />
        {getRuntimeConfig().backend === "mock" && <MockBackendPanel />}
      </Stack>
    </>
  );
}

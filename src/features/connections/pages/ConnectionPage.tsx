import { Badge, Group, Stack, Tabs, Text } from "@mantine/core";
import { Outlet, useLocation, useNavigate, useParams } from "react-router";
import { useConnection, useDestination, useSource } from "@/api/hooks/connections";
import { usePrefetchJobHistory } from "@/api/hooks/jobs";
import { usePrefetchStatusTab } from "@/api/hooks/timeline";
import { useDocumentTitle } from "@/shared/useDocumentTitle";
import { ErrorAlert } from "@/components/ErrorAlert";
import { PageHeader } from "@/components/PageHeader";
import { PageLoader } from "@/components/PageLoader";
import { SourceToDestination } from "../components/SourceToDestination";
import type { ConnectionOutletContext } from "../hooks/useConnectionContext";
import { formatName } from "@/shared/format";

const TABS = [
  { value: "status", label: "Status" },
  { value: "timeline", label: "Timeline" },
  { value: "history", label: "Job history" },
  { value: "replication", label: "Replication" },
  { value: "settings", label: "Settings" },
];

export function ConnectionPage() {
  const { connectionId = "" } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const connection = useConnection(connectionId);
  const prefetchStatus = usePrefetchStatusTab();
  const prefetchHistory = usePrefetchJobHistory();
  // The status and history tabs' first requests start as the tab is pointed at or chosen, not once
  // its page has rendered.
  const prefetchTab = (value: string) => {
    if (value === "status") prefetchStatus(connectionId);
    else if (value === "history") prefetchHistory(connectionId);
  };
  const source = useSource(connection.data?.sourceId);
  const destination = useDestination(connection.data?.destinationId);
  const base = `/connections/${connectionId}`;
  const rest = location.pathname.slice(base.length).replace(/^\//, "");
  const tab =
    TABS.find((t) => rest === t.value || rest.startsWith(`${t.value}/`))?.value ??
    (rest === "" ? "status" : rest.startsWith("jobs/") ? "history" : null);
  // A job's log (jobs/...) names the tab itself.
  useDocumentTitle(rest.startsWith("jobs/") ? null : [connection.data?.name, TABS.find((t) => t.value === tab)?.label ?? "Connection"]);

  if (connection.isPending) return <PageLoader label="Loading connection" />;
  if (connection.isError)
    return (
      <ErrorAlert
        title="Could not load this connection"
        error={connection.error}
        onRetry={() => void connection.refetch()}
        gone={{ title: "This connection no longer exists", backTo: "/connections", backLabel: "Back to connections" }}
      />
    );

  const context: ConnectionOutletContext = { connection: connection.data };
  const enabled = connection.data.status === "active";

  return (
    <Stack gap="md">
      <PageHeader
        title={<span style={{ wordBreak: "break-word" }}>{formatName(connection.data.name)}</span>}
        description={
          <Group gap="sm" component="span" wrap="wrap">
            <SourceToDestination
              source={{ name: source.data?.name ?? "…", connectorName: source.data?.sourceName, icon: source.data?.icon }}
              destination={{
                name: destination.data?.name ?? "…",
                connectorName: destination.data?.destinationName,
                icon: destination.data?.icon,
              }}
            />
            <Badge color={enabled ? "green" : "gray"} variant="dot">
              {enabled ? "Enabled" : connection.data.status === "inactive" ? "Disabled" : connection.data.status}
            </Badge>
          </Group>
        }
      />
      {connection.data.breakingChange && (
        <Text c="var(--mantine-color-error)" size="sm" role="alert">
          The source&apos;s schema changed in a way that breaks this connection, so the server disabled it. Review the change on the
          Replication tab and save, then enable the connection again in Settings.
        </Text>
      )}
      <Tabs
        value={tab}
        onChange={(value) => {
          if (!value) return;
          prefetchTab(value);
          void navigate(`${base}/${value}`);
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label="Connection sections">
          {TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value} onMouseEnter={() => prefetchTab(t.value)}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <div role="tabpanel" aria-label={TABS.find((t) => t.value === tab)?.label ?? "Connection"}>
        <Outlet context={context} />
      </div>
    </Stack>
  );
}

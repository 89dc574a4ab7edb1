import { Anchor, List, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import type { ConnectionSummary } from "../hooks/useConnectionSummaries";
import type { ConnectorWords } from "../lib/connectorApi";
import { SyncStatusBadge } from "./SyncStatusBadge";

interface ConnectorConnectionsListProps {
  words: ConnectorWords;
  connections: ConnectionSummary[] | undefined;
  error: unknown;
  onRetry(): void;
}

/** "Connections using this source": links to each, with its last sync result. */
export function ConnectorConnectionsList({ words, connections, error, onRetry }: ConnectorConnectionsListProps) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="used-by-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="used-by-heading">
          Connections using this {words.singular}
        </Title>
        {error ? (
          <ErrorAlert title="Could not load connections" error={error} onRetry={onRetry} />
        ) : connections === undefined ? (
          <Text size="sm" c="dimmed" role="status">
            Loading connections…
          </Text>
        ) : connections.length === 0 ? (
          <Text size="sm" c="dimmed">
            No connection uses this {words.singular} yet.
          </Text>
        ) : (
          <List spacing="xs" listStyleType="none" p={0}>
            {connections.map((connection) => (
              <List.Item key={connection.connectionId}>
                <Anchor component={Link} to={`/connections/${connection.connectionId}`} style={{ overflowWrap: "anywhere" }}>
                  {connection.name}
                </Anchor>{" "}
                <SyncStatusBadge state={connection.latestSyncJobStatus ?? "never"} at={connection.latestSyncJobCreatedAt} />
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}

import { Anchor, List, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import type { ConnectionListItem } from "@/api/hooks/connectionList";
import type { PagedList } from "@/api/hooks/pagedList";
import { formatQuantity, formatName } from "@/shared/format";
import { ErrorAlert } from "@/components/ErrorAlert";
import { PagedListFooter } from "@/components/pagedTable/PagedListFooter";
import type { ConnectorWords } from "../lib/connectorApi";
import { SyncStatusBadge } from "./SyncStatusBadge";

interface ConnectorConnectionsListProps {
  words: ConnectorWords;
  /** The connections that use it, a page at a time (useConnectionsUsing). */
  connections: PagedList<ConnectionListItem>;
}

/** "Connections using this source": how many, links to each with its last sync result, more on demand. */
export function ConnectorConnectionsList({ words, connections }: ConnectorConnectionsListProps) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="used-by-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="used-by-heading">
          Connections using this {words.singular}
        </Title>
        {connections.error ? (
          <ErrorAlert title="Could not load connections" error={connections.error} onRetry={connections.retry} />
        ) : connections.isPending ? (
          <Text size="sm" c="dimmed" role="status">
            Loading connections…
          </Text>
        ) : connections.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            No connection uses this {words.singular} yet.
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed" role="status">
              {formatQuantity(connections.total ?? connections.items.length, "connection", "connections")}
            </Text>
            <List spacing="xs" listStyleType="none" p={0}>
              {connections.items.map((connection) => (
                <List.Item key={connection.connectionId}>
                  <Anchor component={Link} to={`/connections/${connection.connectionId}`} style={{ overflowWrap: "anywhere" }}>
                    {formatName(connection.name)}
                  </Anchor>{" "}
                  <SyncStatusBadge state={connection.latestSyncJobStatus ?? "never"} at={connection.latestSyncJobCreatedAt} />
                </List.Item>
              ))}
            </List>
            <PagedListFooter list={connections} noun="connections" />
          </>
        )}
      </Stack>
    </Paper>
  );
}

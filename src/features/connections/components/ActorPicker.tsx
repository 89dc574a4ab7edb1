import { Anchor, Button, Paper, Stack, Text, TextInput, VisuallyHidden } from "@mantine/core";
import { IconPlus, IconSearch } from "@tabler/icons-react";
import { Link } from "react-router";
import type { PagedList } from "@/api/hooks/pagedList";
import { formatQuantity, formatName } from "@/shared/format";
import { ConnectorIcon } from "@/components/ConnectorIcon";
import { ErrorAlert } from "@/components/ErrorAlert";
import { PageLoader } from "@/components/PageLoader";
import { PagedListFooter } from "@/components/pagedTable/PagedListFooter";

export interface ActorOption {
  id: string;
  name: string;
  connectorName: string;
  icon?: string;
}

interface Props {
  kind: "source" | "destination";
  /** The workspace's sources or destinations, a page at a time, searched by the server. */
  options: PagedList<ActorOption>;
  search: string;
  onSearch(value: string): void;
  /** The search the options answer (after the typing pause). */
  searched: string;
  onChoose: (id: string) => void;
  createHref: string;
}

/** Choose an existing source or destination (searched on the server, more on demand), or go create one and come back. */
export function ActorPicker({ kind, options, search, onSearch, searched, onChoose, createHref }: Props) {
  if (options.isPending) return <PageLoader label={`Loading ${kind}s`} />;
  if (options.error) return <ErrorAlert title={`Could not load your ${kind}s`} error={options.error} onRetry={options.retry} />;
  const total = options.total ?? options.items.length;
  const createLink = (
    <Anchor component={Link} to={createHref}>
      <IconPlus size={14} aria-hidden="true" /> Create a new {kind}
    </Anchor>
  );
  if (total === 0 && !searched && !options.isPlaceholder)
    return (
      <Stack gap="sm">
        <Paper withBorder p="md">
          <Text size="sm">You have no {kind}s yet.</Text>
        </Paper>
        {createLink}
      </Stack>
    );
  return (
    <Stack gap="sm">
      <TextInput
        label={`Search your ${kind}s`}
        placeholder="Name or connector"
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        value={search}
        onChange={(event) => onSearch(event.currentTarget.value)}
        maw={420}
        autoComplete="off"
      />
      <Text size="sm" c="dimmed" role="status">
        {options.isPlaceholder
          ? "Searching…"
          : searched
            ? formatQuantity(total, `${kind} matches`, `${kind}s match`)
            : formatQuantity(total, kind, `${kind}s`)}
      </Text>
      {options.items.length > 0 ? (
        <Stack gap={6} role="list" aria-label={`Your ${kind}s`}>
          {options.items.map((option) => (
            <div role="listitem" key={option.id}>
              <Button
                variant="default"
                fullWidth
                justify="flex-start"
                h="auto"
                py="xs"
                onClick={() => onChoose(option.id)}
                leftSection={<ConnectorIcon name={option.connectorName} icon={option.icon} size={28} />}
              >
                <Stack gap={0} align="flex-start" style={{ overflow: "hidden" }}>
                  <VisuallyHidden>Use {kind} </VisuallyHidden>
                  <Text size="sm" fw={600} truncate maw="100%">
                    {formatName(option.name)}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    <VisuallyHidden>, </VisuallyHidden>
                    {option.connectorName}
                  </Text>
                </Stack>
              </Button>
            </div>
          ))}
        </Stack>
      ) : (
        !options.isPlaceholder && (
          <Paper withBorder p="md">
            <Text size="sm">
              No {kind} matches “{searched}”.
            </Text>
          </Paper>
        )
      )}
      <PagedListFooter list={options} noun={`${kind}s`} />
      {createLink}
    </Stack>
  );
}

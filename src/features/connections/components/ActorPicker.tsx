import { Anchor, Button, Paper, Stack, Text, VisuallyHidden } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { Link } from "react-router";
import { ConnectorIcon } from "@/components/ConnectorIcon";
import { ErrorAlert } from "@/components/ErrorAlert";
import { PageLoader } from "@/components/PageLoader";

interface ActorOption {
  id: string;
  name: string;
  connectorName: string;
  icon?: string;
}

interface Props {
  kind: "source" | "destination";
  options: ActorOption[] | undefined;
  isPending: boolean;
  error: unknown;
  onRetry: () => void;
  onChoose: (id: string) => void;
  createHref: string;
}

/** Choose an existing source or destination, or go create one and come back. */
export function ActorPicker({ kind, options, isPending, error, onRetry, onChoose, createHref }: Props) {
  if (isPending) return <PageLoader label={`Loading ${kind}s`} />;
  if (error) return <ErrorAlert title={`Could not load your ${kind}s`} error={error} onRetry={onRetry} />;
  return (
    <Stack gap="sm">
      {options && options.length > 0 ? (
        <Stack gap={6} role="list" aria-label={`Your ${kind}s`}>
          {options.map((option) => (
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
                    {option.name}
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
        <Paper withBorder p="md">
          <Text size="sm">You have no {kind}s yet.</Text>
        </Paper>
      )}
      <Anchor component={Link} to={createHref}>
        <IconPlus size={14} aria-hidden="true" /> Create a new {kind}
      </Anchor>
    </Stack>
  );
}

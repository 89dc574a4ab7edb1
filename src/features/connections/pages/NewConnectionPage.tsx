// New connection: source, then destination, then discover, then configure and create. Choices
// live in the URL (sourceId, destinationId), so creating a source or destination on its own page
// and coming back, a failed discover, or a reload never loses them.
import { Alert, Button, Group, Paper, Stack, Stepper, Text } from "@mantine/core";
import { useEffect } from "react";
import { useLocation } from "react-router";
import { useInstantSearchParams } from "@/shared/useInstantSearchParams";
import { useDocumentTitle } from "@/shared/useDocumentTitle";
import { isNotFound } from "@/api/errors";
import { useSource } from "@/api/hooks/connections";
import { useWorkspaceId } from "@/shared/WorkspaceContext";
import { ConnectorIcon } from "@/components/ConnectorIcon";
import { ErrorAlert } from "@/components/ErrorAlert";
import { PageHeader } from "@/components/PageHeader";
import { PageLoader } from "@/components/PageLoader";
import { DestinationPicker, SourcePicker } from "../components/ActorPickers";
import { ConfigureConnection } from "../components/ConfigureConnection";
import { DiscoverError } from "../components/DiscoverError";
import { DiscoverProgress } from "../components/DiscoverProgress";
import { useDestinationModes } from "../hooks/useDestinationModes";
import { useDiscover } from "../hooks/useDiscover";

export function NewConnectionPage() {
  useDocumentTitle(["New connection"]);
  const workspaceId = useWorkspaceId();
  const location = useLocation();
  const [params, setParams] = useInstantSearchParams();
  const linkedSourceId = params.get("sourceId") ?? undefined;
  const linkedDestinationId = params.get("destinationId") ?? undefined;
  const source = useSource(linkedSourceId);
  const destinationModes = useDestinationModes(linkedDestinationId);
  // A link (or a reload) can name a source or destination deleted since: say so once and let the
  // user choose again, instead of loading (and discovering) something that is not there.
  const sourceGone = isNotFound(source.error);
  const destinationGone = isNotFound(destinationModes.error);
  const sourceId = sourceGone ? undefined : linkedSourceId;
  const destinationId = destinationGone ? undefined : linkedDestinationId;
  const discover = useDiscover(sourceId);
  const { start } = discover;

  const choose = (changes: Record<string, string | null>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });

  // Discover as soon as both ends are chosen (the discover state is per source, so a new source starts over).
  const discoverStatus = discover.state.status;
  useEffect(() => {
    if (sourceId && destinationId && discoverStatus === "idle") start();
  }, [sourceId, destinationId, discoverStatus, start]);

  const returnTo = `${location.pathname}${location.search}`;
  const step = !sourceId ? 0 : !destinationId ? 1 : discover.state.status === "done" ? 3 : 2;
  const sourceName = source.data?.name ?? "the source";

  const chosen = (kind: "source" | "destination", name: string | undefined, connector: string | undefined, icon: string | undefined) => (
    <Paper withBorder p="sm">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <ConnectorIcon name={connector ?? name ?? "?"} icon={icon} size={28} />
          <Text fw={600} truncate>
            {name ?? "Loading…"}
          </Text>
        </Group>
        <Button variant="subtle" size="xs" onClick={() => choose(kind === "source" ? { sourceId: null } : { destinationId: null })}>
          Change {kind}
        </Button>
      </Group>
    </Paper>
  );

  let discoverBody = null;
  if (step >= 2) {
    const state = discover.state;
    if (state.status === "running")
      discoverBody = (
        <DiscoverProgress sourceName={sourceName} startedAt={state.startedAt} stage={state.stage} onCancel={discover.cancel} />
      );
    else if (state.status === "cancelled")
      discoverBody = (
        <Paper withBorder p="md">
          <Stack gap="sm" align="flex-start">
            <Text>Discovery was cancelled. Your source and destination are still chosen.</Text>
            <Button onClick={start}>Discover again</Button>
          </Stack>
        </Paper>
      );
    else if (state.status === "error")
      discoverBody = <DiscoverError error={state.error} onRetry={start} onChangeSource={() => choose({ sourceId: null })} />;
    else if (state.status === "done") {
      if (destinationModes.error && !destinationGone)
        discoverBody = (
          <ErrorAlert
            title="Could not load what the destination supports"
            error={destinationModes.error}
            onRetry={destinationModes.retry}
          />
        );
      else if (destinationModes.isPending || !destinationModes.modes || !source.data || !destinationModes.destination)
        discoverBody = <PageLoader label="Preparing streams" />;
      else
        discoverBody = (
          <ConfigureConnection
            key={`${sourceId}:${destinationId}:${state.receivedAt}`}
            source={source.data}
            destination={destinationModes.destination}
            catalog={state.catalog}
            catalogId={state.catalogId}
            destinationModes={destinationModes.modes}
            onRediscover={start}
          />
        );
    }
  }

  return (
    <>
      <PageHeader title="New connection" description="Choose where data comes from and where it goes, then pick the streams." />
      <Stepper active={step} size="sm" mb="lg" allowNextStepsSelect={false} aria-label="Steps">
        <Stepper.Step label="Source" description={step > 0 ? source.data?.name : "Where data comes from"} />
        <Stepper.Step label="Destination" description={step > 1 ? destinationModes.destination?.name : "Where data goes"} />
        <Stepper.Step label="Schema" description="Discover streams" />
        <Stepper.Step label="Configure" description="Streams and schedule" />
      </Stepper>
      <Stack gap="md">
        {(sourceGone || destinationGone) && (
          <Alert
            color="yellow"
            variant="light"
            role="alert"
            title={`The ${sourceGone ? "source" : "destination"} in this link no longer exists`}
          >
            It may have been deleted. Choose another {sourceGone ? "source" : "destination"} below.
          </Alert>
        )}
        {step === 0 ? (
          <SourcePicker
            workspaceId={workspaceId}
            onChoose={(id) => choose({ sourceId: id })}
            createHref={`/sources/new?returnTo=${encodeURIComponent(returnTo)}`}
          />
        ) : (
          chosen("source", source.data?.name, source.data?.sourceName, source.data?.icon)
        )}
        {step === 1 && (
          <DestinationPicker
            workspaceId={workspaceId}
            onChoose={(id) => choose({ destinationId: id })}
            createHref={`/destinations/new?returnTo=${encodeURIComponent(returnTo)}`}
          />
        )}
        {step >= 2 &&
          chosen(
            "destination",
            destinationModes.destination?.name,
            destinationModes.destination?.destinationName,
            destinationModes.destination?.icon,
          )}
        {source.isError && !sourceGone && (
          <ErrorAlert title="Could not load the chosen source" error={source.error} onRetry={() => void source.refetch()} />
        )}
        {discoverBody}
      </Stack>
    </>
  );
}

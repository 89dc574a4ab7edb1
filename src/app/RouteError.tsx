import { Group, Stack, Text, Title } from "@mantine/core";
import { isRouteErrorResponse, useNavigate, useRouteError } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { PlainButton } from "@/components/controls/PlainButton";
import classes from "./ErrorPage.module.css";
import { NotFoundPage } from "./NotFoundPage";

/** Per-route error boundary: one broken screen never takes the whole console down. */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const isChunkError =
    error instanceof Error && /dynamically imported module|Failed to fetch|Importing a module script failed/i.test(error.message);
  return (
    <div className={classes.page}>
      <Stack>
        <Title order={1} size="h2">
          This page failed
        </Title>
        <Text c="dimmed">
          {isChunkError
            ? "Part of the console could not be downloaded. It may have been updated, or the network dropped."
            : "Something went wrong while showing this page. The rest of the console still works."}
        </Text>
        <ErrorAlert title="What happened" error={error} />
        <Group>
          <PlainButton onClick={() => (isChunkError ? window.location.reload() : void navigate(0))}>Try again</PlainButton>
          <PlainButton variant="default" to="/connections">
            Go to connections
          </PlainButton>
        </Group>
      </Stack>
    </div>
  );
}

import { Button, Group } from "@mantine/core";
import { ErrorAlert } from "@/components/ErrorAlert";
import { DiscoverFailedError } from "../hooks/useDiscover";
import { MalformedCatalogError } from "../lib/readCatalog";

export function DiscoverError({ error, onRetry, onChangeSource }: { error: unknown; onRetry: () => void; onChangeSource?: () => void }) {
  const title =
    error instanceof MalformedCatalogError
      ? "The source sent a catalog that cannot be used"
      : error instanceof DiscoverFailedError
        ? "The source could not describe its schema"
        : "Could not discover the source schema";
  return (
    <>
      <ErrorAlert title={title} error={error} onRetry={onRetry} />
      {onChangeSource && (
        <Group mt="sm">
          <Button variant="subtle" onClick={onChangeSource}>
            Choose another source
          </Button>
        </Group>
      )}
    </>
  );
}

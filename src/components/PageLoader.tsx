import { Center } from "@mantine/core";
import { Spinner } from "./Spinner";

export function PageLoader({ label = "Loading" }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite" aria-label={label}>
      <Spinner size="md" />
    </Center>
  );
}

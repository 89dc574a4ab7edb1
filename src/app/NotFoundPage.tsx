import { Button, Container, Stack, Text, Title } from "@mantine/core";
import { Link, useLocation } from "react-router";
import { useDocumentTitle } from "@/shared/useDocumentTitle";

export function NotFoundPage() {
  useDocumentTitle(["Page not found"]);
  const location = useLocation();
  return (
    <Container size="sm" py="xl">
      <Stack align="flex-start">
        <Title order={1} size="h2">
          Page not found
        </Title>
        <Text c="dimmed">
          Nothing lives at <code>{location.pathname}</code>. The link may be out of date, or what it pointed to was deleted.
        </Text>
        <Button component={Link} to="/connections">
          Go to connections
        </Button>
      </Stack>
    </Container>
  );
}

import { Stack, Text, Title } from "@mantine/core";
import { useLocation } from "react-router";
import { PlainButton } from "@/components/controls/PlainButton";
import { useDocumentTitle } from "@/shared/useDocumentTitle";
import classes from "./ErrorPage.module.css";

export function NotFoundPage() {
  useDocumentTitle(["Page not found"]);
  const location = useLocation();
  return (
    <div className={classes.page}>
      <Stack align="flex-start">
        <Title order={1} size="h2">
          Page not found
        </Title>
        <Text c="dimmed">
          Nothing lives at <code>{location.pathname}</code>. The link may be out of date, or what it pointed to was deleted.
        </Text>
        <PlainButton to="/connections">Go to connections</PlainButton>
      </Stack>
    </div>
  );
}

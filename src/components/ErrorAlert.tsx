import { Alert, Button, Code, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { ApiError, describeError, isNotFound } from "@/api/errors";
import classes from "./ErrorAlert.module.css";

interface ErrorAlertProps {
  error: unknown;
  /** What was being done, e.g. "Could not load sources". */
  title: string;
  onRetry?: () => void;
  /**
   * What to say when the record is gone (the server answered 404), e.g. `{ title: "This connection
   * no longer exists", backTo: "/connections", backLabel: "Back to connections" }`: a way back
   * instead of a retry that can never work.
   */
  gone?: GoneNotice;
}

interface GoneNotice {
  title: string;
  backTo: string;
  backLabel: string;
}

/** A record that no longer exists: a plain message and a link back, no retry. */
function GoneAlert({ gone }: { gone: GoneNotice }) {
  return (
    <Alert color="yellow" title={gone.title} role="alert" variant="light">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">It may have been deleted, or the link is out of date.</Text>
        <Button component={Link} to={gone.backTo} size="xs" variant="light">
          {gone.backLabel}
        </Button>
      </Stack>
    </Alert>
  );
}

/** A failure shown in place of what could not load: the specific message, a retry, details on demand. */
export function ErrorAlert({ error, title, onRetry, gone }: ErrorAlertProps) {
  if (gone && isNotFound(error)) return <GoneAlert gone={gone} />;
  const apiError = error instanceof ApiError ? error : undefined;
  const details = apiError?.details;
  return (
    <Alert color="red" title={title} role="alert" variant="light">
      <Stack gap="xs">
        <Text size="sm">{describeError(error)}</Text>
        {apiError && apiError.fieldErrors.length > 0 && (
          <ul style={{ margin: 0, paddingLeft: "1.2rem" }}>
            {apiError.fieldErrors.map((fieldError) => (
              <li key={`${fieldError.path}:${fieldError.message}`}>
                <Text size="sm" span fw={600}>
                  {fieldError.path || "input"}
                </Text>
                <Text size="sm" span>
                  {" "}
                  {fieldError.message}
                </Text>
              </li>
            ))}
          </ul>
        )}
        {/* Asking again for something that is not there cannot work. */}
        {onRetry && !isNotFound(error) && (
          <div>
            <Button size="xs" variant="filled" color="red" onClick={onRetry}>
              Try again
            </Button>
          </div>
        )}
        {details && (
          // A native disclosure: keyboard and screen-reader behaviour come with it, and the first
          // screen does not download an animated collapse just for a failure's details.
          <details className={classes.details}>
            <summary>Details</summary>
            <Code block>{details}</Code>
          </details>
        )}
        {apiError && (
          <Text size="xs" c="dimmed">
            {apiError.endpoint}
            {apiError.status ? ` · HTTP ${apiError.status}` : ""}
            {apiError.errorId ? ` · error id ${apiError.errorId}` : ""}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

import { Alert, Button, Code, Stack, Text } from "@mantine/core";
import { ApiError, describeError } from "@/api/errors";
import classes from "./ErrorAlert.module.css";

interface ErrorAlertProps {
  error: unknown;
  /** What was being done, e.g. "Could not load sources". */
  title: string;
  onRetry?: () => void;
}

/** A failure shown in place of what could not load: the specific message, a retry, details on demand. */
export function ErrorAlert({ error, title, onRetry }: ErrorAlertProps) {
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
        {onRetry && (
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

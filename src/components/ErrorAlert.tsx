import { Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { ApiError, describeError, isNotFound } from "@/api/errors";
import { PlainButton } from "./controls/PlainButton";
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

/**
 * The alert box: Mantine's light Alert look from CSS (ErrorAlert.module.css). Every screen can show
 * a failure, the first one included, and Mantine's Alert would bring its close button along.
 */
function AlertBox({ color, title, children }: { color: "red" | "yellow"; title: string; children: ReactNode }) {
  return (
    <div role="alert" className={classes.alert} data-color={color}>
      <div className={classes.title}>{title}</div>
      {children}
    </div>
  );
}

/** A record that no longer exists: a plain message and a link back, no retry. */
function GoneAlert({ gone }: { gone: GoneNotice }) {
  return (
    <AlertBox color="yellow" title={gone.title}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">It may have been deleted, or the link is out of date.</Text>
        <PlainButton to={gone.backTo} size="xs" variant="light">
          {gone.backLabel}
        </PlainButton>
      </Stack>
    </AlertBox>
  );
}

/** A failure shown in place of what could not load: the specific message, a retry, details on demand. */
export function ErrorAlert({ error, title, onRetry, gone }: ErrorAlertProps) {
  if (gone && isNotFound(error)) return <GoneAlert gone={gone} />;
  const apiError = error instanceof ApiError ? error : undefined;
  const details = apiError?.details;
  return (
    <AlertBox color="red" title={title}>
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
            <PlainButton size="xs" color="red" onClick={onRetry}>
              Try again
            </PlainButton>
          </div>
        )}
        {details && (
          // A native disclosure: keyboard and screen-reader behaviour come with it, and the first
          // screen does not download an animated collapse just for a failure's details.
          <details className={classes.details}>
            <summary>Details</summary>
            <pre className={classes.code}>{details}</pre>
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
    </AlertBox>
  );
}

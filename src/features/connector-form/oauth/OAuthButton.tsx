// "Authenticate your account": asks the Config API for the provider's consent URL, opens it in a
// popup, waits for the callback page to send back the redirect's query parameters, completes the
// flow through the API and writes the returned values into the (hidden) fields they belong to.
// On a server without an OAuth app of its own, the user's client id and secret go with both calls.
// The tokens can always be typed by hand instead ("Enter tokens manually").
import { Alert, Button, Checkbox, Group, Text } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { describeError } from "@/api/errors";
import { completeOAuth, getOAuthConsentUrl } from "@/api/hooks/oauth";
import { fieldId, useFieldError, type FormStore } from "../lib/formStore";
import { getAt, isPlainObject, setAt } from "../lib/jsonSchema";
import { checkConsentUrl } from "./consentUrl";
import { isOAuthCallbackMessage, OAUTH_CHANNEL, oauthRedirectUrl } from "./channel";
import { OAuthAppNote } from "./OAuthAppNote";
import { isSecretMask, isServerOutput, missingAppInputs, oauthInputConfiguration, type OAuthSetup } from "./oauthSpec";
import classes from "../components/form.module.css";
import { IconCircleCheck } from "@tabler/icons-react";

type Config = Record<string, unknown>;

export function oauthButtonId(objectPath: (string | number)[]) {
  return `${fieldId(objectPath)}__oauth`;
}

interface OAuthButtonProps {
  setup: OAuthSetup;
  objectPath: (string | number)[];
  objectValue: unknown;
  connector?: { kind: "source" | "destination"; definitionId: string; workspaceId: string; actorId?: string };
  disabled?: boolean;
  /** The user types the tokens into their fields instead of authenticating. */
  manual: boolean;
  onManualChange(manual: boolean): void;
  /** The app's parameters the spec has no field for, and what the user typed for them (kept by the form across remounts). */
  appOnlyInputs: string[];
  savedAppValues(): Record<string, string>;
  onAppValuesChange(values: Record<string, string>): void;
  getConfig(): Config;
  onConfig(next: Config): void;
  store: FormStore;
}

type Status = { state: "idle" } | { state: "waiting" } | { state: "completing" } | { state: "error"; message: string };

export function OAuthButton(props: OAuthButtonProps) {
  const { setup, objectPath, objectValue, connector, disabled, manual, onManualChange, appOnlyInputs, getConfig, onConfig, store } = props;
  const [appValues, setAppValues] = useState(props.savedAppValues);
  const changeAppValue = (key: string, value: string) => {
    const next = { ...appValues, [key]: value };
    props.onAppValuesChange(next);
    setAppValues(next);
  };
  const [status, setStatus] = useState<Status>({ state: "idle" });
  const cleanup = useRef<() => void>(() => undefined);
  const id = oauthButtonId(objectPath);
  const error = useFieldError(store, id);
  useEffect(() => () => cleanup.current(), []);

  // Authenticated once the provider's tokens are there (the server's own client id/secret may never be).
  const localOutputs = setup.outputs.filter((o) => !isServerOutput(setup, o.path)).map((o) => o.path[o.path.length - 1] ?? "");
  const authenticated =
    isPlainObject(objectValue) &&
    localOutputs.length > 0 &&
    localOutputs.every((key) => objectValue[key] !== undefined && objectValue[key] !== "");

  async function complete(params: Record<string, string>, redirectUrl: string) {
    if (!connector) return;
    setStatus({ state: "completing" });
    try {
      const config = getConfig();
      const response = await completeOAuth(connector, {
        redirectUrl,
        queryParams: params,
        oAuthInputConfiguration: oauthInputConfiguration(setup, config, appValues),
      });
      const body = response as unknown as Record<string, unknown>;
      if (body.request_succeeded === false)
        throw new Error(typeof body.request_error === "string" ? body.request_error : "The provider refused the request.");
      // Older servers answer with the values themselves rather than { auth_payload }.
      const payload = isPlainObject(body.auth_payload) ? body.auth_payload : body;
      let next: Config = getConfig();
      // Servers answer either nested the way the config wants it (path_in_connector_config) or flat by name.
      for (const { key, path } of setup.outputs) {
        const nested = getAt(payload, path);
        const returned = nested !== undefined && !isPlainObject(nested) ? nested : payload[key];
        // The app's client id and secret come back masked (the server keeps them): never over what the user typed.
        if (returned !== undefined && !isPlainObject(returned) && !isSecretMask(returned)) next = setAt(next, path, returned);
      }
      onConfig(next);
      setStatus({ state: "idle" });
    } catch (thrown) {
      setStatus({ state: "error", message: describeError(thrown) });
    }
  }

  async function start() {
    if (!connector) {
      setStatus({ state: "error", message: "Sign-in is available once the connector is chosen." });
      return;
    }
    cleanup.current();
    const missing = missingAppInputs(setup, getConfig(), appValues);
    if (missing.length > 0) {
      setStatus({ state: "error", message: `Enter the client ID and client secret of your OAuth app first (${missing.join(", ")}).` });
      return;
    }
    // Opened synchronously in the click so pop-up blockers allow it; pointed at the provider below.
    const popup = window.open("", "syncdeck-oauth", "width=600,height=720");
    if (!popup) {
      setStatus({ state: "error", message: "The sign-in window was blocked. Allow pop-ups for this site and try again." });
      return;
    }
    setStatus({ state: "waiting" });
    const redirectUrl = oauthRedirectUrl();
    let finished = false;
    const receive = (data: unknown) => {
      if (finished || !isOAuthCallbackMessage(data)) return;
      finished = true;
      cleanup.current();
      void complete(data.params, redirectUrl);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.origin === window.location.origin) receive(event.data);
    };
    window.addEventListener("message", onMessage);
    const channel = typeof BroadcastChannel !== "undefined" ? new BroadcastChannel(OAUTH_CHANNEL) : undefined;
    if (channel) channel.onmessage = (event) => receive(event.data);
    const poll = window.setInterval(() => {
      if (popup.closed && !finished) {
        finished = true;
        cleanup.current();
        setStatus({ state: "error", message: "The sign-in window was closed before it finished." });
      }
    }, 500);
    cleanup.current = () => {
      window.removeEventListener("message", onMessage);
      channel?.close();
      window.clearInterval(poll);
      cleanup.current = () => undefined;
    };
    try {
      const config = getConfig();
      const consentUrl = await getOAuthConsentUrl(connector, {
        redirectUrl,
        oAuthInputConfiguration: oauthInputConfiguration(setup, config, appValues),
      });
      if (finished) return;
      const checked = checkConsentUrl(consentUrl);
      if ("problem" in checked) {
        finished = true;
        cleanup.current();
        popup.close();
        setStatus({ state: "error", message: checked.problem });
        return;
      }
      popup.location.href = checked.url;
    } catch (thrown) {
      finished = true;
      cleanup.current();
      popup.close();
      setStatus({ state: "error", message: describeError(thrown) });
    }
  }

  const busy = status.state === "waiting" || status.state === "completing";
  return (
    <div>
      {!setup.globalCredentials && setup.appInputs.length > 0 && (
        <OAuthAppNote inputs={appOnlyInputs} values={appValues} onChange={changeAppValue} disabled={disabled} />
      )}
      <Group gap="sm">
        <Button
          id={id}
          onClick={() => void start()}
          loading={busy}
          disabled={disabled}
          // Once authenticated, "Re-authenticate" is a secondary action: the default variant, whose text
          // keeps AA contrast when hovered (the light variant's hover shade does not).
          variant={authenticated ? "default" : "filled"}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          {authenticated ? "Re-authenticate" : "Authenticate your account"}
        </Button>
        {authenticated && (
          // Text in the body colour (green text is below 4.5:1 in one scheme or the other); the icon carries the colour.
          <Group gap={4} wrap="nowrap">
            <IconCircleCheck size={16} color="var(--mantine-color-green-filled)" aria-hidden="true" />
            <Text size="sm" role="status">
              Authenticated
            </Text>
          </Group>
        )}
        {status.state === "waiting" && (
          <Text size="sm" className={classes.muted} role="status">
            Waiting for you to finish signing in…
          </Text>
        )}
      </Group>
      {error && !authenticated && !manual && (
        <Text id={`${id}-error`} size="xs" c="var(--mantine-color-error)" mt={4}>
          Authenticate your account to continue.
        </Text>
      )}
      <Checkbox
        mt="xs"
        size="xs"
        label="Enter tokens manually"
        description={manual ? "Type the tokens from the provider into the fields below." : undefined}
        checked={manual}
        disabled={disabled}
        onChange={(event) => onManualChange(event.currentTarget.checked)}
      />
      {status.state === "error" && (
        <Alert color="red" mt="xs" variant="light" role="alert" title="Authentication failed">
          {status.message}
        </Alert>
      )}
    </div>
  );
}

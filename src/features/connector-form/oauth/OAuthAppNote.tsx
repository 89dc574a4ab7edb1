// On a server without an OAuth app of its own for the connector (every open-source install, unless an
// admin adds one), the user brings theirs: register an app with the provider, give it this console's
// redirect URL, and enter its client id and secret. Where the connector's spec has fields for them,
// they are ordinary fields of the form; where it has none (the connector does not keep them), they
// are asked for here and only sent with the OAuth calls.
import { Button, Code, CopyButton, Group, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import classes from "../components/form.module.css";
import { labelClassNames } from "../widgets/chrome";
import { useUnmirroredValue } from "../widgets/useUnmirroredValue";
import { oauthRedirectUrl } from "./channel";

interface OAuthAppNoteProps {
  /** The app's parameters the spec has no field for (key of oAuthInputConfiguration). */
  inputs: string[];
  values: Record<string, string>;
  onChange(key: string, value: string): void;
  disabled?: boolean;
}

/** "client_id" -> "Client ID", "lwa_client_secret" -> "Lwa client secret". */
function labelOf(key: string): string {
  const words = key.split("_").map((word) => (word === "id" ? "ID" : word));
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function OAuthAppNote({ inputs, values, onChange, disabled }: OAuthAppNoteProps) {
  const redirectUrl = oauthRedirectUrl();
  return (
    <Stack gap={6} className={classes.oauthNote} data-testid="oauth-app-note">
      <Text size="sm" fw={600}>
        Use your own OAuth app
      </Text>
      <Text size="sm">
        This Airbyte server has no OAuth app of its own for this connector. Create one with the provider, register this redirect URL with
        it, and enter the app’s client ID and secret {inputs.length > 0 ? "here" : "in the fields below"}; then authenticate.
      </Text>
      <Group gap="xs" wrap="nowrap">
        <Code aria-label="Redirect URL to register with the provider" style={{ overflowWrap: "anywhere" }}>
          {redirectUrl}
        </Code>
        <CopyButton value={redirectUrl}>
          {({ copied, copy }) => (
            <Button size="compact-xs" variant="default" onClick={copy}>
              {copied ? "Copied" : "Copy"}
            </Button>
          )}
        </CopyButton>
      </Group>
      {inputs.map((key) =>
        /secret/i.test(key) ? (
          <AppSecretInput key={key} name={key} value={values[key] ?? ""} onChange={onChange} disabled={disabled} />
        ) : (
          <TextInput
            key={key}
            label={`OAuth app: ${labelOf(key)}`}
            classNames={labelClassNames}
            required
            autoComplete="off"
            value={values[key] ?? ""}
            disabled={disabled}
            onChange={(event) => onChange(key, event.currentTarget.value)}
          />
        ),
      )}
    </Stack>
  );
}

/** The app's secret: uncontrolled, so it never becomes the input's `value` attribute (see useUnmirroredValue). */
function AppSecretInput({
  name,
  value,
  onChange,
  disabled,
}: {
  name: string;
  value: string;
  onChange(key: string, value: string): void;
  disabled?: boolean;
}) {
  const ref = useUnmirroredValue<HTMLInputElement>(value);
  return (
    <PasswordInput
      ref={ref}
      label={`OAuth app: ${labelOf(name)}`}
      classNames={labelClassNames}
      required
      autoComplete="off"
      disabled={disabled}
      onChange={(event) => onChange(name, event.currentTarget.value)}
    />
  );
}

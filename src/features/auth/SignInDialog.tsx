import { Alert, Button, Modal, PasswordInput, SegmentedControl, Stack, Text, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { getServerInfo, type SignInMethod } from "@/api/auth/session";
import { signInWithApplication, signInWithPassword } from "@/api/auth/signIn";
import { describeError } from "@/api/errors";
import { getRuntimeConfig } from "@/api/runtimeConfig";

const METHODS: { value: SignInMethod; label: string }[] = [
  { value: "password", label: "Email and password" },
  { value: "application", label: "Application" },
];

/** Reads a field of the submitted form: the inputs are uncontrolled, so no secret sits in a DOM attribute. */
function field(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === "string" ? value : "";
}

/**
 * Sign in to the Airbyte server: with the instance's email and password (cookie session), or with an
 * application's client id and secret (bearer token). What is typed goes to the server and stays in
 * memory; nothing is written to the URL, storage or logs.
 */
export function SignInDialog({ reason }: { reason?: string }) {
  const server = getServerInfo();
  const sso = server.mode === "oidc";
  const [method, setMethod] = useState<SignInMethod>(sso ? "application" : "password");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const where = getRuntimeConfig().apiUrl || window.location.origin;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const [first, second] =
      method === "password"
        ? [field(form, "email").trim(), field(form, "password")]
        : [field(form, "clientId").trim(), field(form, "clientSecret").trim()];
    if (!first || !second) {
      setError(method === "password" ? "Enter the email and the password." : "Enter the client id and the client secret.");
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await (method === "password" ? signInWithPassword(first, second) : signInWithApplication(first, second));
    } catch (thrown) {
      setError(describeError(thrown));
      setBusy(false);
    }
  }

  return (
    <Modal
      opened
      onClose={() => {}}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      centered
      title="Sign in to Airbyte"
      size="md"
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Sign in">
        <Stack>
          {reason && (
            <Alert color="yellow" title="Signed out">
              {reason}
            </Alert>
          )}
          <Text size="sm" c="dimmed">
            The Airbyte server at {where}
            {server.version ? ` (version ${server.version})` : ""} asks you to sign in.
          </Text>
          {sso && (
            <Alert color="blue" title="Single sign-on is not supported yet">
              This server signs people in through single sign-on (OIDC), which Syncdeck cannot do yet. Sign in with an application instead:
              create one under Settings &gt; Applications in Airbyte&apos;s own console and paste its client id and secret here.
            </Alert>
          )}
          {!sso && (
            <SegmentedControl
              fullWidth
              value={method}
              onChange={(value) => setMethod(value as SignInMethod)}
              data={METHODS}
              aria-label="How to sign in"
            />
          )}
          {method === "password" ? (
            <>
              <TextInput name="email" label="Email" type="email" autoComplete="username" required data-autofocus />
              <PasswordInput name="password" label="Password" autoComplete="current-password" required />
              <Text size="xs" c="dimmed">
                On an abctl install, <code>abctl local credentials</code> prints the email and password.
              </Text>
            </>
          ) : (
            <>
              <TextInput name="clientId" label="Client id" autoComplete="off" required data-autofocus />
              <PasswordInput name="clientSecret" label="Client secret" autoComplete="off" required />
              <Text size="xs" c="dimmed">
                From <code>abctl local credentials</code> or Settings &gt; Applications in Airbyte. Kept in this tab&apos;s memory only, to
                renew the 15-minute token.
              </Text>
            </>
          )}
          {error && (
            <Alert color="red" role="alert" title="Could not sign in">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={busy}>
            Sign in
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}

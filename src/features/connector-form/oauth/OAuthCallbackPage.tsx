// Page the OAuth provider redirects to (in the popup): passes the query parameters to the opener
// (postMessage, restricted to our origin, plus a BroadcastChannel when the opener link is lost),
// then closes itself.
import { Center, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { OAUTH_CHANNEL, type OAuthCallbackMessage } from "./channel";

export function OAuthCallbackPage() {
  const [delivered, setDelivered] = useState(false);
  useEffect(() => {
    const params = Object.fromEntries(new URLSearchParams(window.location.search).entries());
    const message: OAuthCallbackMessage = { type: OAUTH_CHANNEL, params };
    let sent = false;
    if (window.opener && window.opener !== window) {
      (window.opener as Window).postMessage(message, window.location.origin);
      sent = true;
    }
    if (typeof BroadcastChannel !== "undefined") {
      const channel = new BroadcastChannel(OAUTH_CHANNEL);
      channel.postMessage(message);
      channel.close();
      sent = true;
    }
    // The parameters (an authorization code) must not linger in the address bar or history.
    window.history.replaceState(null, "", window.location.pathname);
    const timer = window.setTimeout(() => {
      setDelivered(sent);
      if (sent) window.close();
    }, 300);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <Center mih="100vh" p="md">
      <Stack align="center" gap="xs">
        <Title order={1} size="h3">
          Authentication
        </Title>
        <Text>{delivered ? "Done. You can close this window and return to Syncdeck." : "Finishing sign-in…"}</Text>
      </Stack>
    </Center>
  );
}

// The consent URL comes from the server, and for declarative-OAuth connectors from the connector's
// own spec: whoever wrote the connector chooses it. The popup it is loaded into is same-origin (it was
// opened blank so pop-up blockers allow it), so a `javascript:` or `data:` URL would run with the
// console's rights through `opener`. Only web pages are let through.

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The URL to load in the popup, or a message saying why it is refused. */
export function checkConsentUrl(raw: string): { url: string } | { problem: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { problem: "The server sent a sign-in address that is not a valid URL, so the sign-in window was closed." };
  }
  if (url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname))) return { url: url.href };
  const scheme = url.protocol.replace(/:$/, "");
  return {
    problem: `The server sent a sign-in address starting with "${scheme}:", which is not a secure web page, so the sign-in window was closed. Ask the connector's maintainer to fix its OAuth settings.`,
  };
}

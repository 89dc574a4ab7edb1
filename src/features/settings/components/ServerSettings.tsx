import { Badge, Button, Group, Table, Text } from "@mantine/core";
import { getServerInfo, type SessionState } from "@/api/auth/session";
import { signOut } from "@/api/auth/signIn";
import { describeError } from "@/api/errors";
import { useHealth } from "@/api/hooks/workspace";
import { getRuntimeConfig } from "@/api/runtimeConfig";
import { useSession } from "@/features/auth";
import { SettingsSection } from "./SettingsSection";

const MODE_LABEL = {
  none: "None: the server asks for no sign-in",
  simple: "Email and password, or an application",
  oidc: "Single sign-on (OIDC)",
  unknown: "Not reported by the server",
} as const;

function sessionLabel(session: SessionState): string {
  if (session.status === "signed-in")
    return session.method === "password" ? "Signed in with email and password" : "Signed in with an application";
  if (session.status === "signed-out") return "Not signed in";
  if (session.status === "detecting") return "Checking…";
  return "No sign-in needed";
}

export function ServerSettings() {
  const config = getRuntimeConfig();
  const health = useHealth();
  const session = useSession();
  const info = getServerInfo();
  const server = config.backend === "mock" ? "Embedded mock backend (in this browser tab)" : config.apiUrl || "This origin (/api)";
  const mode = config.auth === "detect" ? info.mode : config.auth;
  return (
    <SettingsSection title="Server">
      <Table variant="vertical" layout="fixed" withTableBorder={false}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={160}>Backend</Table.Th>
            <Table.Td>
              {server}
              {info.version ? ` (Airbyte ${info.version}${info.edition ? `, ${info.edition}` : ""})` : ""}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Sign-in</Table.Th>
            <Table.Td>
              {MODE_LABEL[mode]}
              {config.auth !== "detect" && " (set in config.json)"}. {sessionLabel(session)}.
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Health</Table.Th>
            <Table.Td>
              {health.isPending && <Text size="sm">Checking…</Text>}
              {health.isError && (
                <Group gap="xs">
                  <Badge color="red" variant="dot">
                    Unreachable
                  </Badge>
                  <Text size="sm">{describeError(health.error)}</Text>
                  <Button size="compact-xs" variant="subtle" onClick={() => void health.refetch()}>
                    Check again
                  </Button>
                </Group>
              )}
              {health.data?.available && (
                <Badge variant="dot" color="green">
                  Available
                </Badge>
              )}
              {health.data && !health.data.available && (
                // The server answered: it is reachable, but says it cannot serve (Airbyte reports its database check here).
                <Group gap="xs">
                  <Badge variant="dot" color="red">
                    Unavailable
                  </Badge>
                  <Text size="sm">The server answers but reports it cannot serve requests, usually because its database is down.</Text>
                  <Button size="compact-xs" variant="subtle" onClick={() => void health.refetch()}>
                    Check again
                  </Button>
                </Group>
              )}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed">
        The backend is chosen when the console starts: <code>config.json</code> beside the built app ({"{"} "backend": "airbyte", "apiUrl":
        "" {"}"}), the production server (<code>AIRBYTE_URL=… npm start</code>), or <code>AIRBYTE_API_URL</code> for the dev server.
      </Text>
      {session.status === "signed-in" && (
        <Group>
          <Button variant="default" onClick={() => void signOut()}>
            Sign out
          </Button>
        </Group>
      )}
    </SettingsSection>
  );
}

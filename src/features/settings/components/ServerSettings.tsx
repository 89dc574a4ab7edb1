import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { setCredentials } from '@/api/credentials';
import { useHealth } from '@/api/hooks/workspace';
import { getRuntimeConfig } from '@/api/runtimeConfig';
import { useCredentials } from '@/features/auth/useCredentials';
import { SettingsSection } from './SettingsSection';

const AUTH_LABEL = { none: 'None', basic: 'HTTP basic (username and password)', bearer: 'Bearer token' } as const;

export function ServerSettings() {
  const config = getRuntimeConfig();
  const health = useHealth();
  const credentials = useCredentials();
  const server = config.backend === 'mock' ? 'Embedded mock backend (in this browser tab)' : config.apiUrl || 'This origin (/api)';
  return (
    <SettingsSection title="Server">
      <Table variant="vertical" layout="fixed" withTableBorder={false}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={160}>Backend</Table.Th>
            <Table.Td>{server}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Authentication</Table.Th>
            <Table.Td>{AUTH_LABEL[config.auth]}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Health</Table.Th>
            <Table.Td>
              {health.isPending && <Text size="sm">Checking…</Text>}
              {health.isError && (
                <Group gap="xs">
                  <Badge color="red">Unreachable</Badge>
                  <Button size="compact-xs" variant="subtle" onClick={() => void health.refetch()}>
                    Check again
                  </Button>
                </Group>
              )}
              {health.data && <Badge color={health.data.available ? 'green' : 'red'}>{health.data.available ? 'Available' : 'Unavailable'}</Badge>}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed">
        The backend is chosen when the console starts: <code>config.json</code> beside the built app ({'{'} "backend": "airbyte", "apiUrl": "http://host:8000", "auth": "basic" {'}'}), or{' '}
        <code>AIRBYTE_API_URL</code> for the dev server.
      </Text>
      {credentials && (
        <Group>
          <Button variant="default" onClick={() => setCredentials(null)}>
            Sign out
          </Button>
        </Group>
      )}
    </SettingsSection>
  );
}

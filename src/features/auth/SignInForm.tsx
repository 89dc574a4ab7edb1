import { Alert, Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { setCredentials, type Credentials } from '@/api/credentials';
import { apiPost } from '@/api/client';
import { ApiError, describeError } from '@/api/errors';
import { DEFAULT_ORGANIZATION_ID } from '@/api/hooks/workspace';
import type { AuthMode } from '@/api/runtimeConfig';

/**
 * Asks for the credentials of a server that needs them. They are checked with a real call before
 * the console opens, and kept in memory only (a reload asks again).
 */
export function SignInForm({ mode, serverLabel }: { mode: Exclude<AuthMode, 'none'>; serverLabel: string }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const candidate: Credentials = mode === 'basic' ? { type: 'basic', username, password } : { type: 'bearer', token: token.trim() };
    setChecking(true);
    setError(null);
    setCredentials(candidate);
    try {
      await apiPost('/v1/workspaces/list_by_organization_id', { organizationId: DEFAULT_ORGANIZATION_ID });
    } catch (thrown) {
      setCredentials(null);
      const refused = thrown instanceof ApiError && (thrown.status === 401 || thrown.status === 403);
      setError(refused ? 'The server refused these credentials. Check them and try again.' : describeError(thrown));
    } finally {
      setChecking(false);
    }
  }

  return (
    <Container size={420} py={80}>
      <Paper withBorder p="xl" radius="md" component="main">
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <Title order={1} size="h3">
              Sign in to Syncdeck
            </Title>
            <Text size="sm" c="dimmed">
              {serverLabel} asks for {mode === 'basic' ? 'a username and password' : 'an API token'}. They stay in this tab's memory and are never saved.
            </Text>
            {mode === 'basic' ? (
              <>
                <TextInput label="Username" required autoComplete="username" value={username} onChange={(e) => setUsername(e.currentTarget.value)} />
                <PasswordInput label="Password" required autoComplete="current-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
              </>
            ) : (
              <PasswordInput label="API token" required autoComplete="off" value={token} onChange={(e) => setToken(e.currentTarget.value)} />
            )}
            {error && (
              <Alert color="red" role="alert" title="Could not sign in">
                {error}
              </Alert>
            )}
            <Button type="submit" loading={checking} disabled={mode === 'basic' ? !username || !password : !token.trim()}>
              Sign in
            </Button>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}

import type { ReactNode } from 'react';
import { getRuntimeConfig } from '@/api/runtimeConfig';
import { SignInForm } from './SignInForm';
import { useCredentials } from './useCredentials';

/** Renders the console only once a server that needs credentials has been given them. */
export function CredentialsGate({ children }: { children: ReactNode }) {
  const credentials = useCredentials();
  const { auth, apiUrl } = getRuntimeConfig();
  if (auth !== 'none' && !credentials) return <SignInForm mode={auth} serverLabel={apiUrl ? `The Airbyte server at ${apiUrl}` : 'The Airbyte server'} />;
  return <>{children}</>;
}

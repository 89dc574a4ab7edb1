import { lazy, Suspense, type ReactNode } from 'react';
import { getRuntimeConfig } from '@/api/runtimeConfig';
import { useCredentials } from './useCredentials';

// Only servers that need credentials ever show the sign-in form: keep it out of the first download.
const SignInForm = lazy(() => import('./SignInForm').then((module) => ({ default: module.SignInForm })));

/** Renders the console only once a server that needs credentials has been given them. */
export function CredentialsGate({ children }: { children: ReactNode }) {
  const credentials = useCredentials();
  const { auth, apiUrl } = getRuntimeConfig();
  if (auth !== 'none' && !credentials) {
    return (
      <Suspense fallback={null}>
        <SignInForm mode={auth} serverLabel={apiUrl ? `The Airbyte server at ${apiUrl}` : 'The Airbyte server'} />
      </Suspense>
    );
  }
  return <>{children}</>;
}

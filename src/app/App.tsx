import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { CredentialsGate } from '@/features/auth/CredentialsGate';
import { Providers } from './Providers';
import { routes } from './routes';

const router = createBrowserRouter(routes);

export function App() {
  return (
    <Providers>
      <CredentialsGate>
        <RouterProvider router={router} />
      </CredentialsGate>
    </Providers>
  );
}

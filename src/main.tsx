import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadRuntimeConfig } from '@/api/runtimeConfig';
import { App } from '@/app/App';
import { StartupError } from '@/app/StartupError';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  const config = await loadRuntimeConfig();
  if (config.backend === 'mock') {
    try {
      // The embedded backend is its own chunk: a build pointed at a real server never loads it.
      const { startBrowserMock } = await import('@mocks/browser');
      await startBrowserMock();
    } catch (error) {
      root.render(<StartupError error={error} />);
      return;
    }
  }
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();

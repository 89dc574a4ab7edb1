// Toasts for connector screens: announced (Mantine renders them with role="alert") and with a
// named close button, which the stock one lacks.
import { notifications } from '@mantine/notifications';

export function toast(options: { title?: string; message: string; tone?: 'success' | 'neutral' }) {
  notifications.show({
    title: options.title,
    message: options.message,
    color: options.tone === 'neutral' ? 'gray' : 'green',
    closeButtonProps: { 'aria-label': 'Dismiss notification' },
    // The stock description grey is below 4.5:1 contrast on the light background.
    styles: { description: { color: 'var(--mantine-color-text)' } },
  });
}

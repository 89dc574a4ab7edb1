import { notifications, type NotificationData } from '@mantine/notifications';

/**
 * A toast whose close button has a name screen readers can announce, and whose message is in the
 * body colour (Mantine's grey description is below AA contrast on white).
 */
export function notify(data: NotificationData): void {
  notifications.show({
    ...data,
    closeButtonProps: { 'aria-label': 'Dismiss notification', ...data.closeButtonProps },
    styles: { description: { color: 'var(--mantine-color-text)' } },
  });
}

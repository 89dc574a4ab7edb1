import { notifications, type NotificationData } from '@mantine/notifications';

/** A toast whose close button has a name screen readers can announce. */
export function notify(data: NotificationData): void {
  notifications.show({ ...data, closeButtonProps: { 'aria-label': 'Dismiss notification', ...data.closeButtonProps } });
}

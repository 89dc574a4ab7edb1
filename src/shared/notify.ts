import { notifications, type NotificationData } from "@mantine/notifications";

/**
 * The one way to show a toast: its close button has a name screen readers can announce, and its
 * message is in the body colour (Mantine's grey description is below AA contrast on white). Mantine
 * renders it with role="alert", so it is announced. The container loads with the first toast
 * (src/app/Toasts.tsx).
 */
export function notify(data: NotificationData): void {
  notifications.show({
    ...data,
    closeButtonProps: { "aria-label": "Dismiss notification", ...data.closeButtonProps },
    styles: { description: { color: "var(--mantine-color-text)" } },
  });
}

import { useNotifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';

// The toast container (and its transition code) is only downloaded when the first toast is shown:
// most visits never show one, and the first screen should not pay for it. Toasts raised before it
// arrives wait in Mantine's store and appear as soon as it mounts.
const ToastContainer = lazy(() => import('./ToastContainer'));

export function Toasts() {
  const { notifications } = useNotifications();
  const [needed, setNeeded] = useState(false);
  if (!needed && notifications.length > 0) setNeeded(true);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <ToastContainer />
    </Suspense>
  );
}

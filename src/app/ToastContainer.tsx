import { Notifications } from "@mantine/notifications";

/** Where toasts appear; loaded on first use by ./Toasts.tsx. */
export default function ToastContainer() {
  return <Notifications position="bottom-right" limit={4} />;
}

import { Notifications } from "@mantine/notifications";
import classes from "./ToastContainer.module.css";

/**
 * Where toasts appear; loaded on first use by ./Toasts.tsx. At the top, under the header: the
 * buttons that raise most toasts (Test and save, the form's bar) sit at the bottom right, and a
 * toast that opens under the pointer hides the button and stays while hovered.
 */
export default function ToastContainer() {
  return <Notifications position="top-center" limit={4} classNames={{ root: classes.toasts }} />;
}

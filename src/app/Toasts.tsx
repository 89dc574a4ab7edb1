import { useNotifications } from "@mantine/notifications";
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from "react";

// The toast container (and its transition code) is only downloaded when the first toast is shown:
// most visits never show one, and the first screen should not pay for it. Toasts raised before it
// arrives wait in Mantine's store and appear as soon as it mounts.
const loadContainer = () => import("./ToastContainer");

type Loader = () => Promise<{ default: ComponentType }>;

export function Toasts({ load = loadContainer }: { load?: Loader }) {
  const { notifications } = useNotifications();
  const count = notifications.length;
  const [needed, setNeeded] = useState(false);
  // A failed download (the network dropped) must not take the console down with it: the boundary
  // shows nothing, and the next toast tries again with a fresh lazy component (React caches a
  // rejected one for good).
  const [failedAt, setFailedAt] = useState<number | null>(null);
  const retry = failedAt !== null && count !== failedAt;
  // Each attempt: its lazy component, and a number that remounts the boundary.
  const [{ Container, attempt }, setTry] = useState(() => ({ Container: lazy(load), attempt: 0 }));
  if (retry) {
    setFailedAt(null);
    setTry((previous) => ({ Container: lazy(load), attempt: previous.attempt + 1 }));
  }
  if (!needed && count > 0) setNeeded(true);
  if (!needed || failedAt !== null) return null;
  return (
    <LoadFailureBoundary key={attempt} onError={() => setFailedAt(count)}>
      <Suspense fallback={null}>
        <Container />
      </Suspense>
    </LoadFailureBoundary>
  );
}

class LoadFailureBoundary extends Component<{ children: ReactNode; onError: () => void }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(): void {
    this.props.onError();
  }

  render() {
    return this.state.failed ? null : this.props.children;
  }
}

// Signing in to the Airbyte server: the gate the app mounts, and the session hook other features read.
export { AuthGate } from "./AuthGate";
export { useSession } from "./useSession";

import { lazy, Suspense, type ReactNode } from "react";
import { useSession } from "./useSession";

// Only servers that ask for sign-in ever show the dialog: keep it out of the first download.
const SignInDialog = lazy(() => import("./SignInDialog").then((module) => ({ default: module.SignInDialog })));

/**
 * Renders the console, and over it the sign-in dialog whenever the server wants a sign-in. The page
 * stays mounted under the dialog, so what the user was typing when a session ended is still there
 * after signing in again; the calls that were refused meanwhile wait and then carry on.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const session = useSession();
  return (
    <>
      {children}
      {session.status === "signed-out" && (
        <Suspense fallback={null}>
          <SignInDialog reason={session.reason} />
        </Suspense>
      )}
    </>
  );
}

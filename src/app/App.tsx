import { createBrowserRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { AuthGate } from "@/features/auth";
import { Providers } from "./Providers";
import { routes } from "./routes";

const router = createBrowserRouter(routes);

export function App() {
  return (
    <Providers>
      <AuthGate>
        <RouterProvider router={router} />
      </AuthGate>
    </Providers>
  );
}

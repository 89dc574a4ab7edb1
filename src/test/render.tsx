import { render, type RenderOptions } from "@testing-library/react";
import type { ReactElement } from "react";
import { createMemoryRouter, type RouteObject } from "react-router";
import { RouterProvider } from "react-router/dom";
import { Providers } from "@/app/Providers";
import { createQueryClient } from "@/app/queryClient";

/** Render UI with the app's providers (fresh query cache per test). */
export function renderWithProviders(ui: ReactElement, options?: RenderOptions) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  return { queryClient, ...render(<Providers queryClient={queryClient}>{ui}</Providers>, options) };
}

/** Shown while the first route's code or data loads, where a test's routes do not say (the router's default, without its warning). */
const NothingYet = () => null;

/** Render a set of routes at a URL, as the app would. */
export function renderRoutes(routes: RouteObject[], initialPath: string) {
  const router = createMemoryRouter(
    routes.map((route) => ({ HydrateFallback: NothingYet, ...route }) as RouteObject),
    { initialEntries: [initialPath] },
  );
  return { router, ...renderWithProviders(<RouterProvider router={router} />) };
}

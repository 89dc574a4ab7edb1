import { http, HttpResponse } from "msw";
import { server } from "@/test/server";
import { setBackendReady } from "./backendReady";
import { apiPost } from "./client";

afterEach(() => setBackendReady(Promise.resolve()));

it("holds API calls until the embedded backend has started", async () => {
  let start!: () => void;
  setBackendReady(new Promise<void>((resolve) => (start = resolve)));
  let requests = 0;
  server.use(
    http.post("*/api/v1/workspaces/list_by_organization_id", () => {
      requests++;
      return HttpResponse.json({ workspaces: [] });
    }),
  );
  // Fake time: run everything that is not waiting for the backend (timers and the promises between
  // them), without sleeping.
  vi.useFakeTimers();
  const call = apiPost("/v1/workspaces/list_by_organization_id", { organizationId: "00000000-0000-0000-0000-000000000000" });
  await vi.advanceTimersByTimeAsync(50);
  expect(requests).toBe(0);
  vi.useRealTimers();
  start();
  await expect(call).resolves.toEqual({ workspaces: [] });
  expect(requests).toBe(1);
});

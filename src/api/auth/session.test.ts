// The session against the mock's sign-in (application tokens work in Node; cookie sessions need a
// browser's cookie jar, so the email-and-password cases stand in a small server of their own here and
// run against the real mock in e2e/auth.spec.ts).
import { http, HttpResponse } from "msw";
import { mockControl, server } from "@/test/server";
import { apiPost } from "../client";
import { DEFAULT_CONFIG, setRuntimeConfig } from "../runtimeConfig";
import { getServerInfo, getSession, resetSessionForTests, startSession } from "./session";
import { resetSignInForTests, signInWithApplication, signInWithPassword, signOut } from "./signIn";

const WORKSPACES = "/v1/workspaces/list_by_organization_id";
const body = { organizationId: "00000000-0000-0000-0000-000000000000" };
const demo = mockControl.demoCredentials();

afterEach(() => {
  resetSignInForTests();
  resetSessionForTests();
  setRuntimeConfig(DEFAULT_CONFIG);
  mockControl.setAuthMode("none");
  vi.useRealTimers();
});

/** Whether a promise has settled once the event loop has run what is already queued (no clock involved). */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  for (let i = 0; i < 20 && !done; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

describe("auth mode", () => {
  it("finds a server without auth open, and reports its version", async () => {
    await startSession();
    expect(getSession()).toEqual({ status: "open" });
    expect(getServerInfo()).toMatchObject({ mode: "none", edition: "community" });
    await expect(apiPost(WORKSPACES, body)).resolves.toMatchObject({
      workspaces: [expect.objectContaining({ name: "Default Workspace" })],
    });
  });

  it("asks for sign-in on a server with auth on, and holds calls until then", async () => {
    mockControl.setAuthMode("simple");
    await startSession();
    expect(getSession()).toEqual({ status: "signed-out" });
    const call = apiPost(WORKSPACES, body);
    expect(await settled(call)).toBe(false);
    await signInWithApplication(demo.clientId, demo.clientSecret);
    await expect(call).resolves.toMatchObject({ workspaces: [expect.objectContaining({ name: "Default Workspace" })] });
  });

  it("lets config.json override what the server reports", async () => {
    setRuntimeConfig({ ...DEFAULT_CONFIG, auth: "none" });
    mockControl.setAuthMode("simple");
    await startSession();
    expect(getSession()).toEqual({ status: "open" });
  });

  it("treats a server without instance_configuration as open, and asks for sign-in on its first 401", async () => {
    server.use(http.get("*/api/v1/instance_configuration", () => new HttpResponse(null, { status: 404 })));
    mockControl.setAuthMode("simple");
    await startSession();
    expect(getSession()).toEqual({ status: "open" });
    const call = apiPost(WORKSPACES, body);
    await vi.waitFor(() => expect(getSession()).toEqual({ status: "signed-out", reason: "This Airbyte server asks you to sign in." }));
    expect(await settled(call)).toBe(false);
    await signInWithApplication(demo.clientId, demo.clientSecret);
    await expect(call).resolves.toBeDefined();
  });
});

describe("application sign-in", () => {
  beforeEach(async () => {
    mockControl.setAuthMode("simple");
    await startSession();
  });

  it("refuses a wrong secret with a message that says where to find the right one", async () => {
    await expect(signInWithApplication(demo.clientId, "not-the-secret")).rejects.toThrow(
      /refused this client id and secret.*abctl local credentials/,
    );
    expect(getSession().status).toBe("signed-out");
  });

  it("sends the token as a bearer header, and mints a new one when the 15 minutes are over", async () => {
    const seen: (string | null)[] = [];
    server.events.on("request:start", ({ request }) => {
      if (request.url.endsWith(WORKSPACES)) seen.push(request.headers.get("authorization"));
    });
    await signInWithApplication(demo.clientId, demo.clientSecret);
    await apiPost(WORKSPACES, body);
    // The mock's clock moves 16 minutes: the token has expired there, so the call is refused once,
    // a new token is minted with the id and secret kept in memory, and the call goes through.
    mockControl.advanceClock(16 * 60_000);
    await expect(apiPost(WORKSPACES, body)).resolves.toBeDefined();
    server.events.removeAllListeners();
    expect(seen).toHaveLength(3);
    expect(seen.every((header) => /^Bearer mock\.application\./.test(header ?? ""))).toBe(true);
    expect(seen[2]).not.toBe(seen[0]);
    expect(getSession()).toEqual({ status: "signed-in", method: "application" });
  });

  it("asks for sign-in again when the server refuses to mint a new token, and the waiting call then succeeds", async () => {
    await signInWithApplication(demo.clientId, demo.clientSecret);
    mockControl.advanceClock(16 * 60_000);
    server.use(
      http.post("*/api/v1/applications/token", () => HttpResponse.json({ message: "Invalid client id or token" }, { status: 400 }), {
        once: true,
      }),
    );
    const call = apiPost(WORKSPACES, body);
    await vi.waitFor(() =>
      expect(getSession()).toMatchObject({
        status: "signed-out",
        reason: expect.stringMatching(/session ended.*unsaved changes are kept/),
      }),
    );
    expect(await settled(call)).toBe(false);
    await signInWithApplication(demo.clientId, demo.clientSecret);
    await expect(call).resolves.toBeDefined();
  });

  it("fails the waiting calls when the user signs out instead", async () => {
    await signInWithApplication(demo.clientId, demo.clientSecret);
    mockControl.revokeSessions();
    server.use(
      http.post("*/api/v1/applications/token", () => HttpResponse.json({ message: "Invalid client id or token" }, { status: 400 })),
    );
    const call = apiPost(WORKSPACES, body);
    await vi.waitFor(() => expect(getSession().status).toBe("signed-out"));
    await signOut();
    await expect(call).rejects.toThrow(/signed out before this finished/);
  });
});

describe("email and password sign-in", () => {
  /** A stand-in for the cookie session: Node's fetch keeps no cookies, so "the cookie" is a flag here. */
  function cookieServer({ refreshAccepted }: { refreshAccepted: () => boolean }) {
    const state = { signedIn: false, accessValid: false, logins: 0, refreshes: 0 };
    server.use(
      http.get("*/api/v1/instance_configuration", () =>
        HttpResponse.json({ auth: { mode: "simple" }, version: "1.8.2", edition: "community" }),
      ),
      http.post("*/api/login", async ({ request }) => {
        const { username, password } = (await request.json()) as { username: string; password: string };
        if (username !== demo.email || password !== demo.password) return new HttpResponse(null, { status: 401 });
        state.logins += 1;
        state.signedIn = state.accessValid = true;
        return new HttpResponse(null, { status: 200 });
      }),
      http.post("*/api/oauth/access_token", () => {
        state.refreshes += 1;
        if (!state.signedIn || !refreshAccepted()) return HttpResponse.json({ error: "invalid_grant" }, { status: 400 });
        state.accessValid = true;
        return new HttpResponse(null, { status: 200 });
      }),
      http.post(`*/api${WORKSPACES}`, () =>
        state.accessValid ? HttpResponse.json({ workspaces: [] }) : new HttpResponse(null, { status: 401 }),
      ),
    );
    return state;
  }

  it("says plainly when the email or password is wrong", async () => {
    cookieServer({ refreshAccepted: () => true });
    await startSession();
    await expect(signInWithPassword(demo.email, "wrong")).rejects.toThrow(/Wrong email or password.*abctl local credentials/);
  });

  it("keeps a session across a reload while the refresh cookie lives", async () => {
    const state = cookieServer({ refreshAccepted: () => true });
    state.signedIn = true;
    await startSession();
    expect(getSession()).toEqual({ status: "signed-in", method: "password" });
  });

  it("renews the access cookie every minute, and renews it on a 401 before retrying the call", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const state = cookieServer({ refreshAccepted: () => true });
    await startSession();
    await signInWithPassword(demo.email, demo.password);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(state.refreshes).toBe(2); // the look for a kept session at start, then the 60-second renewal
    state.accessValid = false; // the access cookie ran out between two renewals
    vi.useRealTimers();
    await expect(apiPost(WORKSPACES, body)).resolves.toEqual({ workspaces: [] });
    expect(state.refreshes).toBe(3);
  });

  it("brings the sign-in back when a refresh is refused; the call carries on after signing in again", async () => {
    let accept = true;
    const state = cookieServer({ refreshAccepted: () => accept });
    await startSession();
    await signInWithPassword(demo.email, demo.password);
    accept = false;
    state.accessValid = false;
    const call = apiPost(WORKSPACES, body);
    await vi.waitFor(() => expect(getSession()).toMatchObject({ status: "signed-out", reason: expect.stringMatching(/session ended/) }));
    expect(await settled(call)).toBe(false);
    accept = true;
    await signInWithPassword(demo.email, demo.password);
    await expect(call).resolves.toEqual({ workspaces: [] });
    expect(state.logins).toBe(2);
  });
});

// Fails a test on any console error or uncaught page error, except the explicitly allowed ones.
import type { ConsoleMessage, Page } from "@playwright/test";

export interface AllowedConsoleError {
  /** Matched against the message text. */
  text: RegExp;
  /** When set, also matched against the URL the message is about (Chromium puts the resource there). */
  url?: RegExp;
  /** Why it is benign: shown nowhere, but keeps every entry honest. */
  why: string;
}

// The Config API and Airbyte's sign-in endpoints (a wrong password is a 401 on /api/login).
const API_URL = /\/api\//;

/** Benign for every test. Keep this list short and specific. */
const DEFAULT_ALLOWED_CONSOLE_ERRORS: AllowedConsoleError[] = [
  {
    // Chromium logs every non-2xx fetch. The console handles API error answers itself (and shows
    // them to the user); whether the status is one the API describes is the contract check's job.
    text: /^Failed to load resource: the server responded with a status of [45]\d\d\b/,
    url: API_URL,
    why: "API error statuses are handled and shown by the console",
  },
  {
    // Same for a network failure of an API call (injected by tests, or a real outage).
    text: /^Failed to load resource: net::ERR_FAILED$/,
    url: API_URL,
    why: "network failures of API calls are handled and shown by the console",
  },
];

export class ConsoleMonitor {
  readonly violations: string[] = [];
  private readonly allowed: AllowedConsoleError[] = [...DEFAULT_ALLOWED_CONSOLE_ERRORS];

  attach(page: Page): void {
    page.on("console", (message) => this.onConsole(message));
    page.on("pageerror", (error) => {
      const text = `${error.name}: ${error.message}`;
      if (!this.isAllowed(text, ""))
        this.violations.push(`uncaught page error: ${text}${error.stack ? `\n${error.stack.split("\n").slice(1, 4).join("\n")}` : ""}`);
    });
  }

  /** Allow an error this one test provokes on purpose. */
  allow(entry: AllowedConsoleError): void {
    this.allowed.push(entry);
  }

  private onConsole(message: ConsoleMessage): void {
    if (message.type() !== "error") return;
    const url = message.location().url ?? "";
    if (this.isAllowed(message.text(), url)) return;
    this.violations.push(`console error: ${message.text()}${url ? ` (${url})` : ""}`);
  }

  private isAllowed(text: string, url: string): boolean {
    return this.allowed.some((entry) => entry.text.test(text) && (!entry.url || entry.url.test(url)));
  }
}

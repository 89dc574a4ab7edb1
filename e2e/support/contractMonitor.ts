// Watches every Config API call a page makes and checks the request body the console sends and the
// answer it gets against the vendored OpenAPI description. Calls answered by the MSW service worker
// are visible here too: Chromium reports them as ordinary requests (response.fromServiceWorker()).
import type { Page, Request, Response } from "@playwright/test";
import { loadContractValidator } from "../../mocks/contract/load";
import { apiEndpointOf, faultedEndpointsInUrl, normaliseEndpoint } from "./endpoints";

/** How a response body is read when the page may already be gone: such reads are not violations. */
const GONE =
  /Target (page, context or browser )?(has been )?closed|No resource with given identifier|Network\.getResponseBody|has been closed|Protocol error/i;

export class ContractMonitor {
  readonly violations: string[] = [];
  /** Endpoints with an injected fault: their answers are deliberately off-contract. */
  private readonly faulted = new Set<string>();
  private readonly pending = new Set<Promise<void>>();
  private readonly contract = loadContractValidator();
  checkedRequests = 0;
  checkedResponses = 0;

  attach(page: Page): void {
    page.on("request", (request) => this.onRequest(request));
    page.on("response", (response) => this.track(this.onResponse(response)));
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) for (const endpoint of faultedEndpointsInUrl(frame.url())) this.faulted.add(endpoint);
    });
  }

  /** The test injected a fault on this endpoint (or "*"): its responses are not contract-checked. */
  expectFault(endpoint: string): void {
    this.faulted.add(normaliseEndpoint(endpoint));
  }

  /** Faults were cleared in the mock: answers are held to the contract again. */
  clearFaults(): void {
    this.faulted.clear();
  }

  /** Wait for response bodies still being read, then return every violation seen. */
  async finish(): Promise<string[]> {
    await Promise.allSettled([...this.pending]);
    return this.violations;
  }

  private track(work: Promise<void>): void {
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  private isFaulted(endpoint: string): boolean {
    return this.faulted.has("*") || this.faulted.has(endpoint);
  }

  private onRequest(request: Request): void {
    const endpoint = apiEndpointOf(request.url());
    if (!endpoint) return;
    const raw = request.postData();
    let body: unknown;
    if (raw !== null && raw !== "") {
      try {
        body = JSON.parse(raw);
      } catch {
        this.violations.push(`${request.method()} ${endpoint} request: body is not JSON (${raw.slice(0, 80)})`);
        return;
      }
    }
    this.checkedRequests += 1;
    this.violations.push(...this.contract.validateRequest(endpoint, request.method(), body));
  }

  private async onResponse(response: Response): Promise<void> {
    const request = response.request();
    const endpoint = apiEndpointOf(response.url());
    if (!endpoint || this.isFaulted(endpoint) || response.headers()["x-syncdeck-mock-fault"]) return;
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (GONE.test(String(error))) return;
      throw error;
    }
    let body: unknown;
    if (text !== "") {
      try {
        body = JSON.parse(text);
      } catch {
        const type = response.headers()["content-type"] ?? "";
        // Only JSON answers must parse; the description has a few text/plain and zip endpoints.
        if (type.includes("json")) {
          this.violations.push(
            `${request.method()} ${endpoint} response ${response.status()}: body is not valid JSON (${text.slice(0, 80)})`,
          );
          return;
        }
        body = text;
      }
    }
    this.checkedResponses += 1;
    this.violations.push(...this.contract.validateResponse(endpoint, request.method(), response.status(), body));
  }
}

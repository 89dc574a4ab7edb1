// Helpers for the mock's own tests: call an endpoint through the msw/node server Vitest runs.
export interface ApiAnswer<T = Record<string, unknown>> {
  status: number;
  body: T;
}

const BASE = "http://localhost/api";

/** The Config API's GET endpoints; every other one is a POST. */
export const GET_ENDPOINTS = new Set(["/v1/health", "/v1/instance_configuration"]);

export async function call<T = Record<string, unknown>>(
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<ApiAnswer<T>> {
  const get = GET_ENDPOINTS.has(path);
  const response = await fetch(`${BASE}${path}`, {
    method: get ? "GET" : "POST",
    headers: { "Content-Type": "application/json", ...headers },
    ...(get ? {} : { body: JSON.stringify(body ?? {}) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

/** Call and expect 200; returns the body. */
export async function ok<T = Record<string, unknown>>(path: string, body?: unknown): Promise<T> {
  const answer = await call<T>(path, body);
  if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** The id of the definition with this docker repository (e.g. "airbyte/source-postgres"). */
export async function definitionIdOf(kind: "source" | "destination", dockerRepository: string): Promise<string> {
  const list = await ok<Record<string, { dockerRepository: string; sourceDefinitionId?: string; destinationDefinitionId?: string }[]>>(
    `/v1/${kind}_definitions/list`,
  );
  const found = list[`${kind}Definitions`]!.find((d) => d.dockerRepository === dockerRepository);
  if (!found) throw new Error(`No ${kind} definition for ${dockerRepository}`);
  return (kind === "source" ? found.sourceDefinitionId : found.destinationDefinitionId)!;
}

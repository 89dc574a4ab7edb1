// The mock's catalog offers every connector of both fixture folders (../shared/fixtures/connectors and
// connectors-2026, vendored as mocks/data/connectors and registry-2026: a fresh clone has no
// ../shared), each with its real icon where there is one. Expected from the files themselves, read
// from disk here, not through the mock's own loading.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { apiPost } from "@/api/client";
import { SEED } from "./seed/ids";

const data = resolve(process.cwd(), "mocks/data");
const folders = ["connectors", "registry-2026"].map((folder) => join(data, folder));

interface Expected {
  kind: string;
  dockerRepository: string;
  icon?: string;
}

const expected: Expected[] = folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .map((name) => {
      const file = JSON.parse(readFileSync(join(folder, name), "utf8")) as { kind: string; definition: Record<string, unknown> };
      const icon = typeof file.definition.icon === "string" ? file.definition.icon : undefined;
      return {
        kind: file.kind,
        dockerRepository: String(file.definition.dockerRepository),
        icon: icon && existsSync(join(data, "icons", icon)) ? icon : undefined,
      };
    }),
);

describe("the mock's connector catalog", () => {
  it("offers every source and destination of both fixture folders, with its real icon", async () => {
    const workspaceId = SEED.workspace.id;
    const [{ sourceDefinitions }, { destinationDefinitions }] = await Promise.all([
      apiPost("/v1/source_definitions/list_for_workspace", { workspaceId, filterByUsed: false }),
      apiPost("/v1/destination_definitions/list_for_workspace", { workspaceId, filterByUsed: false }),
    ]);
    const offered = new Map([...sourceDefinitions, ...destinationDefinitions].map((d) => [d.dockerRepository, d]));
    expect(expected.length).toBeGreaterThan(150);
    // A connector in both folders may name a different icon in each: either is its real icon.
    const icons = new Map<string, string[]>();
    for (const { dockerRepository, icon } of expected)
      if (icon) icons.set(dockerRepository, [...(icons.get(dockerRepository) ?? []), icon.replace(/\.svg$/, "")]);
    for (const connector of expected) {
      const definition = offered.get(connector.dockerRepository);
      expect(definition, connector.dockerRepository).toBeDefined();
      const list = connector.kind === "source" ? sourceDefinitions : destinationDefinitions;
      expect(list, `${connector.dockerRepository} is a ${connector.kind}`).toContain(definition);
      const names = icons.get(connector.dockerRepository);
      if (names)
        expect(
          names.some((name) => definition?.icon?.includes(name)),
          `${connector.dockerRepository}: ${definition?.icon}`,
        ).toBe(true);
    }
  });
});

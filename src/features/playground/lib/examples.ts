// Example specifications for the playground: the connector files in mocks/data/connectors, loaded
// on demand (each is its own small chunk).
const loaders = import.meta.glob<unknown>("/mocks/data/connectors/*.json", { import: "default" });

export interface Example {
  id: string;
  load(): Promise<unknown>;
}

export const examples: Example[] = Object.entries(loaders)
  .map(([path, load]) => ({ id: (path.split("/").pop() ?? path).replace(/\.json$/, ""), load }))
  .sort((a, b) => a.id.localeCompare(b.id));

export function findExample(id: string | null): Example | undefined {
  return id ? examples.find((example) => example.id === id) : undefined;
}

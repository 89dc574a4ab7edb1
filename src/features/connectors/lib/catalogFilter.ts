// Client-side search and filtering of connector definitions for the catalog picker.
import type { ConnectorDefinition } from "./types";

export interface CatalogFilter {
  query: string;
  /** A support level ("certified", "community", ...) or 'all'. */
  supportLevel: string;
}

/** Support level when the server gives one, otherwise the (older) release stage. */
export function supportLabel(definition: ConnectorDefinition): string | undefined {
  if (definition.supportLevel && definition.supportLevel !== "none") return definition.supportLevel;
  return definition.releaseStage;
}

const LABELS: Record<string, string> = {
  certified: "Certified",
  community: "Community",
  archived: "Archived",
  generally_available: "Generally available",
  beta: "Beta",
  alpha: "Alpha",
  custom: "Custom",
};

export function humanSupportLabel(value: string): string {
  return LABELS[value] ?? value.replace(/_/g, " ").replace(/^\w/, (c) => c.toUpperCase());
}

/** The support levels present in the list, in a stable, meaningful order. */
export function supportLevelsOf(definitions: ConnectorDefinition[]): string[] {
  const order = Object.keys(LABELS);
  const present = new Set(definitions.map(supportLabel).filter((v): v is string => Boolean(v)));
  return [...present].sort(
    (a, b) => (order.indexOf(a) === -1 ? 99 : order.indexOf(a)) - (order.indexOf(b) === -1 ? 99 : order.indexOf(b)) || a.localeCompare(b),
  );
}

function normalise(text: string): string {
  return text
    .toLocaleLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}

export interface IndexedDefinition {
  definition: ConnectorDefinition;
  haystack: string;
}

/** Precompute the searchable text once, so each keystroke is a plain substring scan. */
export function indexDefinitions(definitions: ConnectorDefinition[]): IndexedDefinition[] {
  return [...definitions]
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: "base" }))
    .map((definition) => ({ definition, haystack: normalise(`${definition.name} ${definition.dockerRepository}`) }));
}

/** Definitions matching every word of the query (name or image), name matches first. */
export function filterDefinitions(indexed: IndexedDefinition[], filter: CatalogFilter): ConnectorDefinition[] {
  const words = normalise(filter.query).split(/\s+/).filter(Boolean);
  const startsWithName: ConnectorDefinition[] = [];
  const others: ConnectorDefinition[] = [];
  const first = words[0];
  for (const { definition, haystack } of indexed) {
    if (filter.supportLevel !== "all" && supportLabel(definition) !== filter.supportLevel) continue;
    if (!words.every((word) => haystack.includes(word))) continue;
    if (first && haystack.startsWith(first)) startsWithName.push(definition);
    else others.push(definition);
  }
  return [...startsWithName, ...others];
}

/** "v1.2.3" for a semantic version tag, the tag as is otherwise ("latest", "dev"). */
export function formatVersion(tag: string): string {
  return /^\d/.test(tag) ? `v${tag}` : tag;
}

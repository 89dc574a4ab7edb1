// Where streams land in the destination: the source's namespace, the destination's default, or a
// custom format in which ${SOURCE_NAMESPACE} stands for the source's namespace.
import type { Schemas } from "@/api/types";

export type NamespaceDefinition = Schemas["NamespaceDefinitionType"];

export const SOURCE_NAMESPACE_TOKEN = "${SOURCE_NAMESPACE}";

export interface NamespaceSettings {
  namespaceDefinition: NamespaceDefinition;
  namespaceFormat: string;
  prefix: string;
}

export const DEFAULT_NAMESPACE: NamespaceSettings = {
  namespaceDefinition: "destination",
  namespaceFormat: SOURCE_NAMESPACE_TOKEN,
  prefix: "",
};

/** The namespace a stream will be written to, for a preview; undefined means the destination's default. */
export function destinationNamespace(settings: NamespaceSettings, sourceNamespace: string | undefined): string | undefined {
  if (settings.namespaceDefinition === "source") return sourceNamespace;
  if (settings.namespaceDefinition === "destination") return undefined;
  const format = settings.namespaceFormat.trim();
  if (!format) return undefined;
  return format.split(SOURCE_NAMESPACE_TOKEN).join(sourceNamespace ?? "");
}

export function namespaceError(settings: NamespaceSettings): string | undefined {
  if (settings.namespaceDefinition === "customformat" && !settings.namespaceFormat.trim())
    return "Enter a namespace format, e.g. ${SOURCE_NAMESPACE}_raw.";
  return undefined;
}

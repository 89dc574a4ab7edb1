// Tells which kind of document a parsed JSON or YAML value is, and returns the ConnectorSpecification
// in it: a ConnectorSpecification, a connector file ({ spec }), a
// `spec.yaml`, a low-code `manifest.yaml` (its `spec:` block), or else a bare connection schema.
import { fromDeclarativeSpec, isDeclarativeSpec } from "./declarativeSpec";
import { isObject, type ParsedSpec } from "./types";

export function classifySpec(value: unknown, syntax: "JSON" | "YAML"): ParsedSpec {
  if (!isObject(value)) {
    return { kind: "not-a-spec", message: `The specification must be an object (a mapping), not ${describe(value)}.` };
  }
  if (isObject(value.spec) && "connectionSpecification" in value.spec) return { kind: "ok", spec: value.spec, shape: "connector-file" };
  // A low-code manifest (type: DeclarativeSource, streams, …) keeps its specification under `spec:`.
  if (isObject(value.spec) && isDeclarativeSpec(value.spec))
    return { kind: "ok", spec: fromDeclarativeSpec(value.spec), shape: "manifest" };
  if (isDeclarativeSpec(value)) return { kind: "ok", spec: fromDeclarativeSpec(value), shape: "spec-yaml" };
  if ("connectionSpecification" in value) return { kind: "ok", spec: value, shape: syntax === "YAML" ? "spec-yaml" : "specification" };
  return { kind: "ok", spec: { connectionSpecification: value }, shape: "schema" };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  return `a ${typeof value}`;
}

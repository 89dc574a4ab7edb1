// The `spec:` block of a low-code manifest (and a low-code `spec.yaml`) in the Airbyte protocol's
// names. The declarative component writes connection_specification, documentation_url, … in
// snake_case and adds `type: Spec`; the protocol's ConnectorSpecification says connectionSpecification
// and documentationUrl, while `advanced_auth` (and everything inside it) is snake_case in both.

const PROTOCOL_NAMES: Record<string, string> = {
  connection_specification: "connectionSpecification",
  documentation_url: "documentationUrl",
  changelog_url: "changelogUrl",
  supports_incremental: "supportsIncremental",
  supports_normalization: "supportsNormalization",
  supports_dbt: "supportsDBT",
};

export function isDeclarativeSpec(value: Record<string, unknown>): boolean {
  return "connection_specification" in value;
}

export function fromDeclarativeSpec(block: Record<string, unknown>): Record<string, unknown> & { connectionSpecification?: unknown } {
  const spec: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(block)) {
    // `type: Spec` names the component; it is no part of the specification.
    if (key === "type" && value === "Spec") continue;
    spec[PROTOCOL_NAMES[key] ?? key] = value;
  }
  return spec;
}

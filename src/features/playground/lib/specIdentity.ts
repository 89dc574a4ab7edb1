// Which specification the playground shows, for telling "another spec" from "the same spec, edited":
// its title and top-level fields. Loading another spec starts its form afresh (what was typed for the
// last one means nothing here); editing the one shown keeps what was typed.
import type { ConnectorSpec } from "@/features/connector-form";

export function specIdentity(spec: ConnectorSpec): string {
  const schema = spec.connectionSpecification as { title?: unknown; properties?: unknown } | undefined;
  const title = typeof schema?.title === "string" ? schema.title : "";
  const fields = schema?.properties && typeof schema.properties === "object" ? Object.keys(schema.properties).sort() : [];
  return JSON.stringify([title, fields]);
}

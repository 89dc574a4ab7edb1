// Whether an optional field still asks the user for something: its value will be sent (a default or
// a saved config put it there) and the schema that value falls under requires more than the value
// has. Postgres is the case in point: "Update Method" is optional, but its default is CDC, whose
// Replication Slot and Publication are required, so the first save fails on fields the user never saw.
import { oneOfOptions } from "./displaySchema";
import { isPlainObject, requiredList, type JsonSchema } from "./jsonSchema";
import { findDiscriminator, matchOption } from "./oneOf";

export function demandsInput(schema: JsonSchema, value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const options = oneOfOptions(schema);
  if (options.length > 0) {
    const index = matchOption(options, value);
    if (index < 0) return false;
    const discriminator = findDiscriminator(options);
    return requiredList(options[index]!).some((key) => key !== discriminator);
  }
  return requiredList(schema).length > 0;
}

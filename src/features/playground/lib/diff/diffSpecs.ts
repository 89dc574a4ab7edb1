// "What changes for users" between two versions of a connection specification: each change as a
// user with a saved configuration feels it, classed breaking (a saved configuration may stop being
// valid or lose a setting) or not, at the path of the field it concerns. Walks properties, `oneOf`
// options (matched across versions by their discriminator value, see optionKeys) and array items.
// Local `$ref`s are inlined first (the form's own resolver), so a field kept in `definitions` is
// compared like one written in place.
import { inlineLocalRefs } from "@/features/connector-form";
import { isObject } from "../parse/types";
import { isSecret, optionKeys, optionsOf, propertiesOf, requiredKeys, titleOf, typeNames, type Schema } from "./schemaFacts";

type ChangeKind =
  | "required-added"
  | "field-removed"
  | "type-changed"
  | "enum-removed"
  | "secret-added"
  | "option-removed"
  | "option-added"
  | "field-added"
  | "enum-added";

export interface SpecChange {
  kind: ChangeKind;
  breaking: boolean;
  /** Property keys from the top, with `oneOf` options as (their title) and array items as []. */
  path: string[];
  message: string;
}

const quoted = (values: unknown[]) => values.map((value) => JSON.stringify(value)).join(", ");

function compareNode(before: Schema, after: Schema, path: string[], out: SpecChange[]) {
  const typesBefore = typeNames(before);
  const typesAfter = typeNames(after);
  if (typesBefore.length > 0 && typesAfter.length > 0 && typesBefore.join() !== typesAfter.join()) {
    // Accepting more types (["string"] → ["string", "null"]) keeps every saved value valid.
    const widened = typesBefore.every((type) => typesAfter.includes(type));
    out.push({
      kind: "type-changed",
      breaking: !widened,
      path,
      message: `Type changed from ${typesBefore.join(" or ")} to ${typesAfter.join(" or ")}`,
    });
  }
  if (Array.isArray(before.enum) && Array.isArray(after.enum)) {
    const valuesBefore = new Set(before.enum.map((value) => JSON.stringify(value)));
    const valuesAfter = new Set(after.enum.map((value) => JSON.stringify(value)));
    const removed = before.enum.filter((value) => !valuesAfter.has(JSON.stringify(value)));
    const added = after.enum.filter((value) => !valuesBefore.has(JSON.stringify(value)));
    if (removed.length > 0)
      out.push({ kind: "enum-removed", breaking: true, path, message: `Values no longer accepted: ${quoted(removed)}` });
    if (added.length > 0) out.push({ kind: "enum-added", breaking: false, path, message: `New values: ${quoted(added)}` });
  }
  if (!isSecret(before) && isSecret(after)) {
    out.push({ kind: "secret-added", breaking: false, path, message: "Now a secret: stored encrypted and shown masked" });
  }
  compareProperties(before, after, path, out);
  compareOptions(before, after, path, out);
  if (isObject(before.items) && isObject(after.items)) compareNode(before.items, after.items, [...path, "[]"], out);
}

function compareProperties(before: Schema, after: Schema, path: string[], out: SpecChange[]) {
  const propsBefore = propertiesOf(before);
  const propsAfter = propertiesOf(after);
  const requiredBefore = requiredKeys(before);
  const requiredAfter = requiredKeys(after);
  for (const [key, schema] of Object.entries(propsAfter)) {
    const at = [...path, key];
    const old = propsBefore[key];
    const label = titleOf(schema, key);
    if (!old) {
      if (requiredAfter.has(key)) {
        out.push({
          kind: "required-added",
          breaking: true,
          path: at,
          message: `New required field "${label}": saved configurations lack it`,
        });
      } else out.push({ kind: "field-added", breaking: false, path: at, message: `New optional field "${label}"` });
      if (isSecret(schema)) out.push({ kind: "secret-added", breaking: false, path: at, message: `New secret field "${label}"` });
      continue;
    }
    if (requiredAfter.has(key) && !requiredBefore.has(key)) {
      out.push({
        kind: "required-added",
        breaking: true,
        path: at,
        message: `"${label}" is now required: saved configurations may lack it`,
      });
    }
    compareNode(old, schema, at, out);
  }
  for (const [key, schema] of Object.entries(propsBefore)) {
    if (key in propsAfter) continue;
    out.push({
      kind: "field-removed",
      breaking: true,
      path: [...path, key],
      message: `Field "${titleOf(schema, key)}" removed: what users set there is no longer used`,
    });
  }
}

function compareOptions(before: Schema, after: Schema, path: string[], out: SpecChange[]) {
  const optionsBefore = optionsOf(before);
  const optionsAfter = optionsOf(after);
  if (optionsBefore.length === 0 && optionsAfter.length === 0) return;
  const keysBefore = optionKeys(optionsBefore);
  const keysAfter = optionKeys(optionsAfter);
  optionsAfter.forEach((option, index) => {
    const label = titleOf(option, `option ${index + 1}`);
    const match = keysBefore.indexOf(keysAfter[index]!);
    if (match < 0) out.push({ kind: "option-added", breaking: false, path, message: `New option "${label}"` });
    else compareNode(optionsBefore[match]!, option, [...path, `(${label})`], out);
  });
  optionsBefore.forEach((option, index) => {
    if (keysAfter.includes(keysBefore[index]!)) return;
    const label = titleOf(option, `option ${index + 1}`);
    out.push({
      kind: "option-removed",
      breaking: true,
      path,
      message: `Option "${label}" removed: configurations using it must choose another`,
    });
  });
}

/** Changes from `before` to `after` (two connectionSpecification schemas), breaking ones first. */
export function diffSpecs(before: unknown, after: unknown): SpecChange[] {
  const out: SpecChange[] = [];
  const [resolvedBefore, resolvedAfter] = [inlineLocalRefs(before), inlineLocalRefs(after)];
  if (isObject(resolvedBefore) && isObject(resolvedAfter)) compareNode(resolvedBefore, resolvedAfter, [], out);
  // Stable sort: breaking first, each group in schema order.
  return out.sort((a, b) => Number(b.breaking) - Number(a.breaking));
}

// Derives RJSF's uiSchema from the specification's own keywords: which field or widget renders each
// property. Built once per specification; the templates read the remaining keywords (order, group,
// always_show, airbyte_hidden...) straight from the schema.
import type { UiSchema } from "@rjsf/utils";
import { temporalKind } from "./formats";
import { findDiscriminator } from "./oneOf";
import { isObjectOneOf, isPlainObject, schemaType, type JsonSchema } from "./jsonSchema";

export const FIELD_ONE_OF = "AirbyteOneOfField";
export const FIELD_TAGS = "TagsField";
export const FIELD_MULTI_SELECT = "MultiSelectField";

export function buildUiSchema(schema: JsonSchema): UiSchema {
  const ui: UiSchema = {};
  const type = schemaType(schema);
  if ("const" in schema && type !== "object") {
    ui["ui:widget"] = "ConstWidget";
    return ui;
  }
  if (type === "object") {
    if (isObjectOneOf(schema) && schema.oneOf) {
      const options = schema.oneOf;
      const discriminator = findDiscriminator(options);
      ui["ui:field"] = FIELD_ONE_OF;
      ui["ui:fieldReplacesAnyOrOneOf"] = true;
      ui["ui:options"] = {
        optionUiSchemas: options.map((option) => {
          const optionUi = buildUiSchema({ ...option, type: "object" });
          if (discriminator) optionUi[discriminator] = { "ui:widget": "hidden" };
          optionUi["ui:options"] = { ...(optionUi["ui:options"] ?? {}), embedded: true };
          return optionUi;
        }),
      };
    }
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      if (isPlainObject(child)) ui[key] = { ...(ui[key] as UiSchema | undefined), ...buildUiSchema(child) };
    }
    return ui;
  }
  if (type === "array") {
    const items = isPlainObject(schema.items) ? (schema.items as JsonSchema) : undefined;
    const itemType = items ? schemaType(items) : undefined;
    if (items && Array.isArray(items.enum)) ui["ui:field"] = FIELD_MULTI_SELECT;
    else if (itemType === "string" || itemType === "integer" || itemType === "number") ui["ui:field"] = FIELD_TAGS;
    else if (items) ui.items = buildUiSchema(items);
    return ui;
  }
  if (type === "string") {
    if (schema.airbyte_secret) ui["ui:widget"] = "SecretWidget";
    else if (Array.isArray(schema.enum)) ui["ui:widget"] = schema.enum.length <= 3 ? "radio" : "select";
    else if (schema.multiline) ui["ui:widget"] = "textarea";
    else {
      const temporal = temporalKind(schema);
      if (temporal === "date") ui["ui:widget"] = "date";
      else if (temporal === "date-time") ui["ui:widget"] = "date-time";
      else if (schema.format === "email") ui["ui:widget"] = "email";
      else if (schema.format === "uri" || schema.format === "url") ui["ui:widget"] = "uri";
      else ui["ui:widget"] = "text";
    }
    return ui;
  }
  if (type === "integer" || type === "number") {
    ui["ui:widget"] = Array.isArray(schema.enum) ? (schema.enum.length <= 3 ? "radio" : "select") : "NumberWidget";
    return ui;
  }
  if (type === "boolean") ui["ui:widget"] = "checkbox";
  return ui;
}

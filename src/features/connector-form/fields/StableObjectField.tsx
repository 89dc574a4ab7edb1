// RJSF's ObjectField with a uiSchema that keeps its identity while it says the same. RJSF's
// SchemaField hands every field a fresh copy of its uiSchema on each render; ObjectField derives the
// callbacks it gives each property from it, so every property of every object on the edited path
// re-rendered on each keystroke (and ran SchemaField's deep props comparison) though only one
// value changed. With the same uiSchema, only the properties whose value changed re-render.
import { getDefaultRegistry } from "@rjsf/core";
import { useDeepCompareMemo, type FieldProps } from "@rjsf/utils";
import type { ComponentType } from "react";

const RjsfObjectField = getDefaultRegistry().fields.ObjectField as ComponentType<FieldProps>;

export function StableObjectField(props: FieldProps) {
  const uiSchema = useDeepCompareMemo(props.uiSchema);
  return <RjsfObjectField {...props} uiSchema={uiSchema} />;
}

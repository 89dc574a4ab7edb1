// Small templates: fields render their own label and errors, so most of RJSF's chrome is empty.
import { Alert, Text } from "@mantine/core";
import type { DescriptionFieldProps, FieldTemplateProps, IconButtonProps, TitleFieldProps, UnsupportedFieldProps } from "@rjsf/utils";
import { Markdown } from "../components/Markdown";

export function FieldTemplate({ children, hidden }: FieldTemplateProps) {
  if (hidden) return <div hidden>{children}</div>;
  return children;
}

export function DescriptionFieldTemplate({ description, id }: DescriptionFieldProps) {
  if (!description) return null;
  return typeof description === "string" ? <Markdown id={id} text={description} /> : <div id={id}>{description}</div>;
}

export function TitleFieldTemplate({ title, id }: TitleFieldProps) {
  return (
    <Text id={id} fw={600}>
      {title}
    </Text>
  );
}

export function UnsupportedFieldTemplate({ reason, fieldPathId }: UnsupportedFieldProps) {
  return (
    <Alert color="yellow" title="This field cannot be shown">
      {fieldPathId.path.join(" › ") || "Field"}: {reason}
    </Alert>
  );
}

export function Nothing() {
  return null;
}

export function NoButton(_props: IconButtonProps) {
  return null;
}

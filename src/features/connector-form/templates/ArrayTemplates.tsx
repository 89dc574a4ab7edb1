// Arrays of objects: a list of item cards with move up / move down / remove, and an add button.
import { ActionIcon, Button, Group, Stack, Text } from "@mantine/core";
import type { ArrayFieldItemTemplateProps, ArrayFieldTemplateProps } from "@rjsf/utils";
import { Markdown } from "../components/Markdown";
import { useFieldError } from "../lib/formStore";
import type { JsonSchema } from "../lib/jsonSchema";
import { formContextOf } from "../widgets/chrome";
import classes from "../components/form.module.css";

export function ArrayFieldTemplate(props: ArrayFieldTemplateProps) {
  const { items, canAdd, onAddClick, fieldPathId, title, disabled, readonly } = props;
  const schema = props.schema as JsonSchema;
  const error = useFieldError(formContextOf(props)?.store, fieldPathId.$id);
  const description = typeof schema.description === "string" && schema.description.trim() ? schema.description : undefined;
  return (
    <fieldset className={classes.nested} style={{ border: 0, margin: 0 }} id={fieldPathId.$id} aria-invalid={error ? true : undefined}>
      <legend className={classes.legend} style={{ paddingLeft: 0 }}>
        {title}
        {props.required && (
          <Text span c="var(--mantine-color-error)" aria-hidden>
            {" "}
            *
          </Text>
        )}
      </legend>
      {description && <Markdown text={description} />}
      <Stack gap="sm" mt="xs">
        {items.length === 0 && (
          <Text size="sm" className={classes.muted}>
            No items yet.
          </Text>
        )}
        {items}
        {error && (
          <Text size="xs" c="var(--mantine-color-error)" role="alert">
            {error}
          </Text>
        )}
        {canAdd && (
          <Group>
            <Button variant="light" size="compact-sm" onClick={onAddClick} disabled={disabled || readonly}>
              Add {title ? `to ${title}` : "item"}
            </Button>
          </Group>
        )}
      </Stack>
    </fieldset>
  );
}

export function ArrayFieldItemTemplate(props: ArrayFieldItemTemplateProps) {
  const { children, buttonsProps, hasToolbar, index, totalItems } = props;
  const n = index + 1;
  return (
    <div className={classes.arrayItem}>
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Text size="xs" className={classes.muted}>
          Item {n} of {totalItems}
        </Text>
        {hasToolbar && (
          <Group gap={4} wrap="nowrap">
            {(buttonsProps.hasMoveUp || buttonsProps.hasMoveDown) && (
              <>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  aria-label={`Move item ${n} up`}
                  disabled={!buttonsProps.hasMoveUp || buttonsProps.disabled}
                  onClick={buttonsProps.onMoveUpItem}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  aria-label={`Move item ${n} down`}
                  disabled={!buttonsProps.hasMoveDown || buttonsProps.disabled}
                  onClick={buttonsProps.onMoveDownItem}
                >
                  ↓
                </ActionIcon>
              </>
            )}
            {buttonsProps.hasRemove && (
              <ActionIcon
                variant="subtle"
                color="red"
                size="sm"
                aria-label={`Remove item ${n}`}
                disabled={buttonsProps.disabled}
                onClick={buttonsProps.onRemoveItem}
              >
                ✕
              </ActionIcon>
            )}
          </Group>
        )}
      </Group>
      {children}
    </div>
  );
}

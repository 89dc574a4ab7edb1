// Lays out an object's properties: sorted by `order`, split into sections by `group` (top-level
// `groups` gives their titles), required and `always_show` fields first (and optional ones whose value
// asks for input), the other optional fields collapsed under an "Optional fields" toggle per section.
// `airbyte_hidden` and OAuth-filled fields are never shown.
import { Button, Text } from "@mantine/core";
import type { ObjectFieldTemplateProps, ObjectFieldTemplatePropertyType } from "@rjsf/utils";
import { memo, startTransition, useCallback, useEffect, useId, useState, type ReactNode } from "react";
import { Markdown } from "../components/Markdown";
import { demandsInput } from "../lib/demandsInput";
import { ID_SEPARATOR, useHasErrorWithin, type FormStore } from "../lib/formStore";
import { getAt, isPlainObject, requiredList, type JsonSchema } from "../lib/jsonSchema";
import { isOAuthOutput, oauthAppliesAt } from "../oauth/oauthSpec";
import { formContextOf } from "../widgets/chrome";
import classes from "../components/form.module.css";

interface Entry {
  property: ObjectFieldTemplatePropertyType;
  schema: JsonSchema;
  required: boolean;
  position: number;
}

const fieldIdOf = (parentId: string, name: string) => `${parentId}${ID_SEPARATOR}${name}`;

function orderOf(entry: Entry): number {
  return typeof entry.schema.order === "number" ? entry.schema.order : Number.MAX_SAFE_INTEGER;
}

/** The top-level `groups`, in their order; a group without a title is a section without a heading. */
function groupTitles(schema: JsonSchema): Map<string, string | undefined> {
  const titles = new Map<string, string | undefined>();
  if (Array.isArray(schema.groups)) {
    for (const group of schema.groups) {
      if (isPlainObject(group) && typeof group.id === "string")
        titles.set(group.id, typeof group.title === "string" && group.title.trim() ? group.title : undefined);
    }
  }
  return titles;
}

/** Runs `task` once the browser is idle (a short timeout where there is no idle callback); returns a cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(task, { timeout: 1000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 50);
  return () => window.clearTimeout(handle);
}

/** The section's toggle, memoised on plain props: it does not re-render while the user types. */
const OptionalToggle = memo(function OptionalToggle({
  expanded,
  count,
  panelId,
  onToggle,
}: {
  expanded: boolean;
  count: number;
  panelId: string;
  onToggle(): void;
}) {
  return (
    <Button variant="subtle" size="compact-sm" px={4} onClick={onToggle} aria-expanded={expanded} aria-controls={panelId}>
      {expanded ? "▾" : "▸"} Optional fields ({count})
    </Button>
  );
});

function OptionalFields({
  entries,
  fieldId,
  store,
  initiallyOpen,
}: {
  entries: Entry[];
  fieldId: string;
  store?: FormStore;
  initiallyOpen: boolean;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  const panelId = useId();
  // An error inside (shown after submit) opens the section so the field can be seen and focused.
  const hasError = useHasErrorWithin(store, fieldId) && entries.some((e) => store?.hasErrorWithin(fieldIdOf(fieldId, e.property.name)));
  const expanded = open || hasError;
  const onToggle = useCallback(() => setOpen(!expanded), [expanded]);
  // Collapsed fields are built once the browser is idle after the form is shown (so they never
  // delay its first paint), or when the section opens; once built they stay (hidden when closed).
  const [built, setBuilt] = useState(expanded);
  if (expanded && !built) setBuilt(true);
  useEffect(() => {
    if (built) return;
    return whenIdle(() => startTransition(() => setBuilt(true)));
  }, [built]);
  return (
    <div>
      <OptionalToggle expanded={expanded} count={entries.length} panelId={panelId} onToggle={onToggle} />
      {/* Collapsed fields are pre-rendered while the browser is idle and kept hidden (the `hidden`
          attribute: display none, so nothing hidden can take focus or be read out): opening the
          section, by hand or because validate() found an error in it, then only reveals them.
          A plain attribute rather than React's <Activity>: once in CI (375 px, busy machine) the
          fields of a section opened by a click never showed, a failure not reproduced since, and
          Activity's reveal is the one step there whose timing we do not control. Hidden fields cost
          little when typing elsewhere: RJSF's SchemaField is memoised on equal props. */}
      <div id={panelId} hidden={!expanded}>
        {built && <div className={`${classes.stackMd} ${classes.panel}`}>{entries.map((e) => e.property.content)}</div>}
      </div>
    </div>
  );
}

interface SectionProps {
  title?: string;
  entries: Entry[];
  fieldId: string;
  extra?: ReactNode;
  store?: FormStore;
  /** Values of the object, to open the optional fields of a saved config that has some set. */
  values?: Record<string, unknown>;
  /** Values of the object when the form opened (defaults applied). */
  openedWith?: Record<string, unknown>;
  editing: boolean;
}

function Section({ title, entries, fieldId, extra, store, values, openedWith, editing }: SectionProps) {
  // An optional field whose value (a default, a saved config) asks for input is shown with the
  // required ones: a required field is never behind "Optional fields". Decided once, from the values
  // the form opened with, so a field does not jump between the two places while the user edits it.
  const [asksForInput] = useState(
    () => new Set(entries.filter((e) => demandsInput(e.schema, openedWith?.[e.property.name])).map((e) => e.property.name)),
  );
  const shown = (e: Entry) => e.required || Boolean(e.schema.always_show) || asksForInput.has(e.property.name);
  const visible = entries.filter(shown);
  const optional = entries.filter((e) => !shown(e));
  const body = (
    <div className={classes.stackMd}>
      {extra}
      {visible.map((e) => e.property.content)}
      {optional.length > 0 && (
        <OptionalFields
          entries={optional}
          fieldId={fieldId}
          store={store}
          initiallyOpen={
            editing &&
            optional.some(
              (e) =>
                values?.[e.property.name] !== undefined && JSON.stringify(values[e.property.name]) !== JSON.stringify(e.schema.default),
            )
          }
        />
      )}
    </div>
  );
  if (!title) return body;
  return (
    <fieldset className={classes.section}>
      <legend className={classes.legend}>{title}</legend>
      {body}
    </fieldset>
  );
}

export function ObjectFieldTemplate(props: ObjectFieldTemplateProps) {
  const { properties, fieldPathId, formData, title, description, uiSchema } = props;
  const schema = props.schema as JsonSchema;
  const context = formContextOf(props);
  const path = fieldPathId.path;
  const isRoot = path.length === 0;
  const embedded = Boolean((uiSchema?.["ui:options"] as { embedded?: boolean } | undefined)?.embedded);
  const required = requiredList(schema);
  const schemaProps = schema.properties ?? {};
  const oauth = context?.oauth;
  const oauthHere = Boolean(oauth && oauthAppliesAt(oauth, path, formData, schemaProps));

  const entries: Entry[] = [];
  properties.forEach((property, position) => {
    const propSchema = (schemaProps[property.name] ?? {}) as JsonSchema;
    if (property.hidden || propSchema.airbyte_hidden) return;
    if (oauthHere && oauth && isOAuthOutput(oauth, path, property.name, context?.oauthManual)) return;
    entries.push({ property, schema: propSchema, required: required.includes(property.name), position });
  });
  entries.sort((a, b) => orderOf(a) - orderOf(b) || a.position - b.position);

  const titles = isRoot ? groupTitles(schema) : new Map<string, string | undefined>();
  const sections: { id: string; title?: string; entries: Entry[] }[] = [];
  if (titles.size > 0) {
    const ungrouped = entries.filter((e) => typeof e.schema.group !== "string" || !titles.has(e.schema.group));
    if (ungrouped.length) sections.push({ id: "", entries: ungrouped });
    for (const [id, groupTitle] of titles) {
      const inGroup = entries.filter((e) => e.schema.group === id);
      if (inGroup.length) sections.push({ id, title: groupTitle, entries: inGroup });
    }
  } else {
    sections.push({ id: "", entries });
  }

  const openedWith = getAt(context?.openedWith, path);
  const oauthButton = oauthHere ? context?.renderOAuthButton?.(path, formData) : undefined;
  const content = (
    <div className={classes.stackLg}>
      {sections.map((section, i) => (
        <Section
          key={section.id || "default"}
          title={section.title}
          entries={section.entries}
          fieldId={fieldPathId.$id}
          extra={i === 0 ? oauthButton : undefined}
          store={context?.store}
          values={isPlainObject(formData) ? formData : undefined}
          openedWith={isPlainObject(openedWith) ? openedWith : undefined}
          editing={context?.mode === "edit"}
        />
      ))}
    </div>
  );
  if (isRoot || embedded) return content;
  return (
    <fieldset className={classes.nested} style={{ border: 0, margin: 0 }}>
      <legend className={classes.legend} style={{ paddingLeft: 0 }}>
        {title}
        {props.required && (
          <Text span c="var(--mantine-color-error)" aria-hidden>
            {" "}
            *
          </Text>
        )}
      </legend>
      {typeof description === "string" && description.trim() ? <Markdown text={description} /> : description}
      <div style={{ marginTop: 8 }}>{content}</div>
    </fieldset>
  );
}

// The spec-driven configuration form: RJSF with our Mantine theme. Validation is ours (lib/validation,
// no code generation): a field's error shows after it is left (blur), all errors on validate().
import { Alert, List } from "@mantine/core";
import RjsfForm, { type FormProps, type IChangeEvent } from "@rjsf/core";
import type { RJSFSchema } from "@rjsf/utils";
import { forwardRef, memo, type ComponentType, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { ConnectorConfigFormHandle, ConnectorConfigFormProps } from "../types";
import { formValidator } from "../lib/validation/rjsfValidator";
import { analyzeSpec } from "../lib/analyzeSpec";
import { computeDefaults } from "../lib/defaults";
import type { ConnectorFormContext } from "../lib/formContext";
import { fieldId, FormStore, ID_PREFIX, ID_SEPARATOR } from "../lib/formStore";
import { isPlainObject, jsonEqual, type JsonSchema } from "../lib/jsonSchema";
import { toSubmitValue } from "../lib/submitValue";
import { buildUiSchema } from "../lib/uiSchema";
import { displaySchema } from "../lib/displaySchema";
import { describeFieldError, validateConfig } from "../lib/validateConfig";
import { OAuthButton, oauthButtonId } from "../oauth/OAuthButton";
import { declaredIn, isOAuthOutput, isServerOutput, parseOAuthSetup } from "../oauth/oauthSpec";
import { FormErrorBoundary } from "./FormErrorBoundary";
import { SpecProblems } from "./SpecProblems";
import { themeFields, themeTemplates, themeWidgets } from "./theme";
import classes from "./form.module.css";

type Config = Record<string, unknown>;

// Every value this form emitted. RJSF re-derives its whole state whenever its props change; when
// the parent merely hands back what RJSF itself just emitted (each keystroke), there is nothing to
// re-derive, so the memoised Form skips that render.
const emittedValues = new WeakSet<object>();

function sameFormProps(prev: FormProps<Config>, next: FormProps<Config>): boolean {
  for (const key of Object.keys(next) as (keyof FormProps<Config>)[]) {
    if (key === "formData") continue;
    if (prev[key] !== next[key]) return false;
  }
  return prev.formData === next.formData || (next.formData !== undefined && emittedValues.has(next.formData));
}

const Form = memo(RjsfForm as unknown as ComponentType<FormProps<Config>>, sameFormProps);

const focusable = "input:not([type=hidden]), select, textarea, button";

/** Whether an element is on screen: not inside a hidden field or a collapsed (pre-rendered, display: none) section. */
function isShown(element: HTMLElement): boolean {
  for (let node: HTMLElement | null = element; node; node = node.parentElement) {
    if (node.hidden || node.style.display === "none") return false;
  }
  return true;
}

/** The control to focus for a field id, if it is on screen (otherwise the error is listed above the form). */
function focusTarget(id: string): HTMLElement | null {
  const element = document.getElementById(id) ?? document.getElementById(`${id}-0`);
  if (!element) return null;
  const control = element.matches(focusable) ? element : element.querySelector<HTMLElement>(focusable);
  return control && isShown(control) ? control : null;
}

/** A state updater that keeps the current list when the new one says the same (no re-render). */
function keepIfSame(next: string[]) {
  return (current: string[]) => (current.length === next.length && current.every((text, i) => text === next[i]) ? current : next);
}

function openingState(schema: JsonSchema | undefined, value: Config) {
  const withDefaults = schema ? computeDefaults(schema, value) : undefined;
  return { schema, value: isPlainObject(withDefaults) ? withDefaults : undefined };
}

export const SpecForm = forwardRef<ConnectorConfigFormHandle, ConnectorConfigFormProps>(function SpecForm(props, ref) {
  const { spec, value, onChange, mode, connector, disabled } = props;
  const analysis = useMemo(() => analyzeSpec(spec.connectionSpecification), [spec.connectionSpecification]);
  const schema = analysis.schema;
  const uiSchema = useMemo(() => (schema ? buildUiSchema(schema) : {}), [schema]);
  const rjsfSchema = useMemo(() => (schema ? displaySchema(schema) : undefined), [schema]);
  const oauth = useMemo(() => parseOAuthSetup(spec as Record<string, unknown>), [spec]);
  // The user types the OAuth tokens by hand: the fields the flow would fill are shown. The default on
  // an open-source server (no OAuth app of its own): there the flow needs the user's own app, so the
  // tokens are usually pasted; the button still fills them where the app is set up.
  const [oauthManual, setOauthManual] = useState(() => !oauth?.globalCredentials);
  // The OAuth app's client id and secret where the spec has no field for them: sent with the OAuth calls
  // only. Kept here (the button is remounted when the flow's values arrive) but not as state: typing
  // in them must not re-render the whole form.
  const oauthAppValues = useRef<Record<string, string>>({});
  const appOnlyInputs = useMemo(
    () => (oauth && schema ? oauth.appInputs.filter((input) => !declaredIn(schema, input.path)).map((input) => input.key) : []),
    [oauth, schema],
  );
  const [store] = useState(() => new FormStore());
  const [unplaced, setUnplaced] = useState<string[]>([]);

  // Latest props for callbacks that must stay stable (a new callback would re-render every field).
  const valueRef = useRef<Config>(value);
  valueRef.current = value;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const connectorRef = useRef(connector);
  connectorRef.current = connector;
  const touched = useRef(new Set<string>());
  // A value that comes from outside (a save, a reset, OAuth) rather than from the form itself
  // remounts RJSF: its memoised props may be stale, and it must start from the new value.
  const [seenValue, setSeenValue] = useState<Config>(value);
  const [generation, setGeneration] = useState(0);
  if (value !== seenValue) {
    setSeenValue(value);
    if (!emittedValues.has(value)) setGeneration((g) => g + 1);
  }
  const showAll = useRef(false);

  // The handle is in place (refs attach before effects run): the caller may validate from now on.
  const { onReady } = props;
  useEffect(() => onReady?.(), [onReady]);

  // A new configuration starts from the schema's defaults (and each oneOf's first option).
  useEffect(() => {
    if (!schema) return;
    const withDefaults = computeDefaults(schema, valueRef.current);
    if (isPlainObject(withDefaults) && !jsonEqual(withDefaults, valueRef.current)) {
      emittedValues.add(withDefaults);
      onChangeRef.current(withDefaults);
    }
  }, [schema]);

  const errorIdFor = useCallback(
    (path: (string | number)[]) => {
      // A hidden field the flow fills: its error belongs to the "Authenticate" button.
      const key = path[path.length - 1];
      if (oauth && typeof key === "string" && isOAuthOutput(oauth, path.slice(0, -1), key, oauthManual))
        return oauthButtonId(path.slice(0, -1));
      return fieldId(path);
    },
    [oauth, oauthManual],
  );

  const revalidate = useCallback(
    (config: Config) => {
      if (!schema) return [];
      // Values the server supplies itself (its own OAuth app) are not the user's to fill in.
      const errors = validateConfig(schema, toSubmitValue(schema, config), config).filter(
        (error) => !(oauth?.globalCredentials && isServerOutput(oauth, error.path)),
      );
      const shown = new Map<string, string>();
      for (const error of errors) {
        const id = errorIdFor(error.path);
        if ((showAll.current || touched.current.has(id)) && !shown.has(id)) shown.set(id, error.message);
      }
      store.setErrors(shown);
      return errors;
    },
    [schema, store, errorIdFor, oauth],
  );

  const handleChange = useCallback(
    (event: IChangeEvent<Config>) => {
      const next = event.formData ?? {};
      valueRef.current = next;
      emittedValues.add(next);
      onChangeRef.current(next);
      // Errors already on screen follow the value (they clear as soon as the field is fixed).
      if (store.getVersion() > 0) revalidate(next);
    },
    [revalidate, store],
  );

  const handleBlur = useCallback(
    (id: string) => {
      touched.current.add(id);
      revalidate(valueRef.current);
    },
    [revalidate],
  );

  const renderOAuthButton = useCallback(
    (objectPath: (string | number)[], objectValue: unknown) =>
      oauth ? (
        <OAuthButton
          setup={oauth}
          objectPath={objectPath}
          objectValue={objectValue}
          connector={connectorRef.current}
          disabled={disabled}
          manual={oauthManual}
          onManualChange={setOauthManual}
          appOnlyInputs={appOnlyInputs}
          savedAppValues={() => oauthAppValues.current}
          onAppValuesChange={(next) => {
            oauthAppValues.current = next;
          }}
          getConfig={() => valueRef.current}
          onConfig={(next) => {
            valueRef.current = next;
            onChangeRef.current(next);
            if (store.getVersion() > 0) revalidate(next);
          }}
          store={store}
        />
      ) : null,
    [oauth, oauthManual, appOnlyInputs, disabled, revalidate, store],
  );

  // What the form opened with, for each schema (a new schema is a new form).
  const [opened, setOpened] = useState(() => openingState(schema, value));
  if (opened.schema !== schema) setOpened(openingState(schema, value));
  const openedWith = opened.value;
  const formContext = useMemo<ConnectorFormContext>(
    () => ({ mode, store, oauth, oauthManual, renderOAuthButton, openedWith }),
    [mode, store, oauth, oauthManual, renderOAuthButton, openedWith],
  );

  useImperativeHandle(
    ref,
    () => ({
      validate() {
        if (!schema) return false;
        showAll.current = true;
        let errors: ReturnType<typeof revalidate> = [];
        // Render the errors (and open the sections holding them) before moving focus.
        flushSync(() => {
          errors = revalidate(valueRef.current);
        });
        if (errors.length === 0) {
          setUnplaced(keepIfSame([]));
          return true;
        }
        const targets = errors.map((e) => ({ error: e, element: focusTarget(errorIdFor(e.path)) }));
        const placed = targets.filter((t) => t.element).map((t) => t.element as HTMLElement);
        placed.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
        const missing = targets.filter((t) => !t.element).map((t) => describeFieldError(schema, t.error));
        setUnplaced(keepIfSame(missing));
        placed[0]?.focus();
        return false;
      },
      getSubmitValue() {
        return schema ? (toSubmitValue(schema, valueRef.current) as Config) : valueRef.current;
      },
    }),
    [schema, revalidate, errorIdFor],
  );

  if (analysis.blocking || !schema) return <SpecProblems problems={analysis.problems} />;

  return (
    <FormErrorBoundary resetKey={schema}>
      {/* A plain stack: this re-renders on every keystroke (the value is a prop), Mantine's Stack would too. */}
      <div className={classes.stackMd}>
        {unplaced.length > 0 && (
          <Alert color="red" title="Some settings need attention" role="alert" variant="light">
            <List size="sm">
              {unplaced.map((text) => (
                <List.Item key={text} style={{ overflowWrap: "anywhere" }}>
                  {text}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Form
          schema={rjsfSchema as RJSFSchema}
          uiSchema={uiSchema}
          validator={formValidator}
          key={generation}
          formData={value}
          onChange={handleChange}
          onBlur={handleBlur}
          formContext={formContext}
          widgets={themeWidgets}
          fields={themeFields}
          templates={themeTemplates}
          tagName="div"
          idPrefix={ID_PREFIX}
          idSeparator={ID_SEPARATOR}
          noHtml5Validate
          showErrorList={false}
          liveValidate={false}
          disabled={disabled}
        />
      </div>
    </FormErrorBoundary>
  );
});

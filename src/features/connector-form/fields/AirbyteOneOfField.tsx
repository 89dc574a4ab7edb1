// `oneOf` of objects: a selector by option title and the chosen option's fields. The discriminator
// (the property each option fixes with `const`) is set by the choice and not shown; switching keeps
// the values both options share and drops the others.
import { NativeSelect, Radio, Stack } from '@mantine/core';
import type { FieldProps, RJSFSchema, UiSchema } from '@rjsf/utils';
import { memo, useMemo, type ComponentType } from 'react';
import { Markdown } from '../components/Markdown';
import { useFieldError } from '../lib/formStore';
import { labelOf, type JsonSchema } from '../lib/jsonSchema';
import { oneOfOptions } from '../lib/displaySchema';
import { selectedOption, switchOption } from '../lib/oneOf';
import { formContextOf, labelClassNames } from '../widgets/chrome';
import classes from '../components/form.module.css';

function optionLabel(option: JsonSchema, index: number): string {
  if (typeof option.title === 'string' && option.title.trim()) return option.title;
  if (typeof option.option_title === 'string') return option.option_title;
  return `Option ${index + 1}`;
}

export const AirbyteOneOfField = memo(function AirbyteOneOfField(props: FieldProps) {
  const { schema: rawSchema, formData, fieldPathId, registry, uiSchema, onChange, name } = props;
  const schema = rawSchema as JsonSchema;
  const rawOptions = oneOfOptions(schema);
  const options = useMemo(() => rawOptions.map((option) => ({ ...option, type: 'object' }) as JsonSchema), [rawOptions]);
  const index = selectedOption(schema, options, formData);
  const option = options[index];
  const optionUiSchemas = (uiSchema?.['ui:options'] as { optionUiSchemas?: UiSchema[] } | undefined)?.optionUiSchemas;
  const error = useFieldError(formContextOf(props)?.store, fieldPathId.$id);
  const ObjectField = registry.fields.ObjectField as ComponentType<FieldProps>;
  const label = labelOf(schema, name);
  const description = typeof schema.description === 'string' && schema.description.trim() ? <Markdown text={schema.description} /> : undefined;

  return (
    <Stack gap="sm" className={classes.nested} role="group" aria-labelledby={`${fieldPathId.$id}-label`}>
      {schema.display_type === 'radio' ? (
        // The spec asks for the options side by side as radios (display_type: radio).
        <Radio.Group
          id={fieldPathId.$id}
          label={label}
          description={description}
          error={error}
          withAsterisk={Boolean(props.required)}
          classNames={labelClassNames}
          value={String(index)}
          onChange={(next) => onChange(switchOption(options, formData, Number(next)), fieldPathId.path)}
        >
          <Stack gap={6} mt={6}>
            {options.map((o, i) => (
              <Radio key={String(i)} id={i === 0 ? `${fieldPathId.$id}-0` : undefined} value={String(i)} label={optionLabel(o, i)} disabled={props.disabled || props.readonly} />
            ))}
          </Stack>
        </Radio.Group>
      ) : (
        <NativeSelect
          id={fieldPathId.$id}
          label={label}
          description={description}
          error={error}
          withAsterisk={Boolean(props.required)}
          classNames={labelClassNames}
          data={options.map((o, i) => ({ value: String(i), label: optionLabel(o, i) }))}
          value={String(index)}
          disabled={props.disabled || props.readonly}
          onChange={(event) => onChange(switchOption(options, formData, Number(event.target.value)), fieldPathId.path)}
        />
      )}
      {option && (
        <ObjectField
          {...props}
          schema={option as RJSFSchema}
          uiSchema={optionUiSchemas?.[index] ?? { 'ui:options': { embedded: true } }}
          formData={formData}
        />
      )}
    </Stack>
  );
});

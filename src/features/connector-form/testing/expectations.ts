// What a user should see for a spec and a value: the visible fields with their labels, computed
// from the schema independently of the rendering code.
import { isObjectOneOf, isPlainObject, labelOf, schemaType, type JsonSchema } from '../lib/jsonSchema';
import { findDiscriminator, selectedOption } from '../lib/oneOf';
import { isOAuthOutput, oauthAppliesAt, type OAuthSetup } from '../oauth/oauthSpec';

export interface ExpectedField {
  path: (string | number)[];
  label: string;
  kind: 'input' | 'group' | 'secret';
  /**
   * Listed in its object's `required`: the input must say so to assistive technology too. Not for
   * booleans: a switch always has a value, and "required" would tell a screen reader that it must be
   * switched on, which the schema does not say.
   */
  required: boolean;
}

function requiredListOf(schema: JsonSchema): string[] {
  return Array.isArray(schema.required) ? schema.required : [];
}

export function expectedFields(schema: JsonSchema, value: unknown, oauth?: OAuthSetup): ExpectedField[] {
  const out: ExpectedField[] = [];
  const visitObject = (objSchema: JsonSchema, objValue: unknown, path: (string | number)[], skip?: string) => {
    const props = objSchema.properties ?? {};
    const requiredHere = new Set(requiredListOf(objSchema));
    const oauthHere = oauth ? oauthAppliesAt(oauth, path, objValue, props) : false;
    for (const [key, child] of Object.entries(props)) {
      if (!isPlainObject(child) || child.airbyte_hidden || key === skip) continue;
      if (oauthHere && oauth && isOAuthOutput(oauth, path, key)) continue;
      const childPath = [...path, key];
      const childValue = isPlainObject(objValue) ? objValue[key] : undefined;
      const type = schemaType(child);
      const required = requiredHere.has(key) && type !== 'boolean';
      if (type === 'object' && isObjectOneOf(child) && child.oneOf) {
        out.push({ path: childPath, label: labelOf(child, key), kind: 'input', required });
        const options = child.oneOf;
        const option = options[selectedOption(child, options, childValue)];
        if (option) visitObject({ ...option, properties: { ...(child.properties ?? {}), ...(option.properties ?? {}) }, required: [...requiredListOf(child), ...requiredListOf(option)] }, childValue, childPath, findDiscriminator(options));
      } else if (type === 'object') {
        out.push({ path: childPath, label: labelOf(child, key), kind: 'group', required });
        visitObject(child, childValue, childPath);
      } else if (type === 'array' && isPlainObject(child.items) && schemaType(child.items as JsonSchema) === 'object') {
        out.push({ path: childPath, label: labelOf(child, key), kind: 'group', required });
      } else {
        out.push({ path: childPath, label: labelOf(child, key), kind: child.airbyte_secret ? 'secret' : 'input', required });
      }
    }
  };
  visitObject(schema, value, []);
  return out;
}

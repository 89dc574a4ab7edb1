// What a user should see for a spec and a value: the visible fields with their labels, computed
// from the schema independently of the rendering code.
import { isObjectOneOf, isPlainObject, labelOf, schemaType, type JsonSchema } from '../lib/jsonSchema';
import { findDiscriminator, selectedOption } from '../lib/oneOf';
import { isOAuthOutput, oauthAppliesAt, type OAuthSetup } from '../oauth/oauthSpec';

export interface ExpectedField {
  path: (string | number)[];
  label: string;
  kind: 'input' | 'group' | 'secret';
}

export function expectedFields(schema: JsonSchema, value: unknown, oauth?: OAuthSetup): ExpectedField[] {
  const out: ExpectedField[] = [];
  const visitObject = (objSchema: JsonSchema, objValue: unknown, path: (string | number)[], skip?: string) => {
    const props = objSchema.properties ?? {};
    const oauthHere = oauth ? oauthAppliesAt(oauth, path, objValue, props) : false;
    for (const [key, child] of Object.entries(props)) {
      if (!isPlainObject(child) || child.airbyte_hidden || key === skip) continue;
      if (oauthHere && oauth && isOAuthOutput(oauth, path, key)) continue;
      const childPath = [...path, key];
      const childValue = isPlainObject(objValue) ? objValue[key] : undefined;
      const type = schemaType(child);
      if (type === 'object' && isObjectOneOf(child) && child.oneOf) {
        out.push({ path: childPath, label: labelOf(child, key), kind: 'input' });
        const options = child.oneOf;
        const option = options[selectedOption(child, options, childValue)];
        if (option) visitObject({ ...option, properties: { ...(child.properties ?? {}), ...(option.properties ?? {}) } }, childValue, childPath, findDiscriminator(options));
      } else if (type === 'object') {
        out.push({ path: childPath, label: labelOf(child, key), kind: 'group' });
        visitObject(child, childValue, childPath);
      } else if (type === 'array' && isPlainObject(child.items) && schemaType(child.items as JsonSchema) === 'object') {
        out.push({ path: childPath, label: labelOf(child, key), kind: 'group' });
      } else {
        out.push({ path: childPath, label: labelOf(child, key), kind: child.airbyte_secret ? 'secret' : 'input' });
      }
    }
  };
  visitObject(schema, value, []);
  return out;
}

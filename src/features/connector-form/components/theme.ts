// The Mantine theme for RJSF: our templates, fields and widgets in place of RJSF's defaults.
import type { RegistryFieldsType, RegistryWidgetsType, TemplatesType } from "@rjsf/utils";
import { AirbyteOneOfField } from "../fields/AirbyteOneOfField";
import { ExactNumberField } from "../fields/ExactNumberField";
import { MultiSelectField, TagsField } from "../fields/ListFields";
import { StableObjectField } from "../fields/StableObjectField";
import { FIELD_MULTI_SELECT, FIELD_ONE_OF, FIELD_TAGS } from "../lib/uiSchema";
import { ArrayFieldItemTemplate, ArrayFieldTemplate } from "../templates/ArrayTemplates";
import {
  DescriptionFieldTemplate,
  FieldTemplate,
  NoButton,
  Nothing,
  TitleFieldTemplate,
  UnsupportedFieldTemplate,
} from "../templates/misc";
import { ObjectFieldTemplate } from "../templates/ObjectFieldTemplate";
import { CheckboxWidget, RadioWidget, SelectWidget } from "../widgets/ChoiceWidgets";
import { DateTimeWidget, DateWidget } from "../widgets/DateWidgets";
import { SecretWidget } from "../widgets/SecretWidget";
import { ConstWidget, EmailWidget, HiddenWidget, NumberWidget, TextareaWidget, TextWidget, URLWidget } from "../widgets/TextWidgets";

export const themeWidgets: RegistryWidgetsType = {
  TextWidget,
  text: TextWidget,
  EmailWidget,
  email: EmailWidget,
  URLWidget,
  uri: URLWidget,
  TextareaWidget,
  textarea: TextareaWidget,
  PasswordWidget: SecretWidget,
  SecretWidget,
  SelectWidget,
  select: SelectWidget,
  RadioWidget,
  radio: RadioWidget,
  CheckboxWidget,
  checkbox: CheckboxWidget,
  UpDownWidget: NumberWidget,
  updown: NumberWidget,
  NumberWidget,
  DateWidget,
  date: DateWidget,
  DateTimeWidget,
  "date-time": DateTimeWidget,
  datetime: DateTimeWidget,
  HiddenWidget,
  hidden: HiddenWidget,
  ConstWidget,
};

export const themeFields: RegistryFieldsType = {
  [FIELD_ONE_OF]: AirbyteOneOfField,
  [FIELD_TAGS]: TagsField,
  [FIELD_MULTI_SELECT]: MultiSelectField,
  NumberField: ExactNumberField,
  ObjectField: StableObjectField,
};

export const themeTemplates: Partial<Omit<TemplatesType, "ButtonTemplates">> & {
  ButtonTemplates?: Partial<TemplatesType["ButtonTemplates"]>;
} = {
  FieldTemplate,
  ObjectFieldTemplate,
  ArrayFieldTemplate,
  ArrayFieldItemTemplate,
  DescriptionFieldTemplate,
  TitleFieldTemplate,
  UnsupportedFieldTemplate,
  ErrorListTemplate: Nothing,
  FieldErrorTemplate: Nothing,
  FieldHelpTemplate: Nothing,
  ButtonTemplates: {
    SubmitButton: Nothing,
    AddButton: NoButton,
    CopyButton: NoButton,
    MoveDownButton: NoButton,
    MoveUpButton: NoButton,
    RemoveButton: NoButton,
    ClearButton: NoButton,
  },
};

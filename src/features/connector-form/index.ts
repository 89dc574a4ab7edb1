// Public surface of the spec-driven connector configuration form (used by sources, destinations,
// the connection flow and the spec playground).
export { ConnectorConfigForm } from './ConnectorConfigForm';
export type { ConnectorConfigFormHandle, ConnectorConfigFormProps, ConnectorSpec } from './types';

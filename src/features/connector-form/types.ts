// The form's props and handle, apart from its implementation (the lazy SpecForm implements them).

/** What the form needs of a ConnectorSpecification (source or destination definition specification). */
export interface ConnectorSpec {
  connectionSpecification?: unknown;
  advancedAuth?: unknown;
  /** The server has an OAuth app of its own for the connector; otherwise the user brings theirs. */
  advancedAuthGlobalCredentialsAvailable?: boolean;
  authSpecification?: unknown;
}

export interface ConnectorConfigFormProps {
  spec: ConnectorSpec;
  /** The configuration being edited (controlled). */
  value: Record<string, unknown>;
  onChange(value: Record<string, unknown>): void;
  /** 'edit': values come from a saved connector, secrets arrive masked and are kept unless replaced. */
  mode: "create" | "edit";
  /**
   * Needed for the OAuth flow (advanced_auth): which connector definition, and source or destination;
   * editing, the saved connector's id, so the server can use its stored (masked) client secret.
   */
  connector?: { kind: "source" | "destination"; definitionId: string; workspaceId: string; actorId?: string };
  disabled?: boolean;
  /**
   * Called once the form is on screen and can validate. Its code loads lazily: a submit before
   * then has nothing to check yet, so the caller waits for this instead of dropping the click.
   */
  onReady?(): void;
}

export interface ConnectorConfigFormHandle {
  /** Validate everything; shows errors and focuses the first invalid field when invalid. */
  validate(): boolean;
  /** The configuration to send to the API (hidden defaults applied, dropped oneOf branches removed). */
  getSubmitValue(): Record<string, unknown>;
}

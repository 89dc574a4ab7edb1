import type { FormStore } from "./formStore";
import type { OAuthSetup } from "../oauth/oauthSpec";

/** What every template, field and widget of the form can reach through RJSF's `formContext`. */
export interface ConnectorFormContext {
  mode: "create" | "edit";
  store: FormStore;
  /** OAuth set-up of the connector, when it has one. */
  oauth?: OAuthSetup;
  /** The user enters the OAuth tokens by hand: the fields the flow fills are shown. */
  oauthManual?: boolean;
  /** Renders the "Authenticate your account" control inside the object at `oauth.buttonPath`. */
  renderOAuthButton?: (objectPath: (string | number)[], objectValue: unknown) => React.ReactNode;
  /**
   * The configuration the form opened with, defaults applied (the form applies them just after its
   * first render). Layout decisions that must not move while the user types are made from it.
   */
  openedWith?: Record<string, unknown>;
}

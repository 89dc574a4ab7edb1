// Public surface of the spec-driven connector configuration form (used by sources and destinations
// through features/connectors, and by the spec playground). Its routes are in ./routes.tsx.
import { lazy } from "react";

export { ConnectorConfigForm } from "./ConnectorConfigForm";
export type { ConnectorConfigFormHandle, ConnectorConfigFormProps, ConnectorSpec } from "./types";
export type { FormPreviewProps } from "./preview/FormPreview";
export { inlineLocalRefs } from "./lib/resolveRefs";

/**
 * The form for a specification with its resulting configuration and validation errors, for the spec
 * playground. Loaded on first render (in a Suspense boundary): its analysis and validation code
 * must not ride along with the form's small entry that every create and edit page loads.
 */
export const FormPreview = lazy(async () => ({ default: (await import("./preview/FormPreview")).FormPreview }));

/**
 * A configuration checked against a specification by the form's validator, for the spec playground.
 * A loader, not an export: the validator must not ride along with the pages that import this file.
 */
export const loadConfigCheck = async () => (await import("./preview/FormPreview")).checkConfig;

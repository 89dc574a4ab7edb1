// The spec-driven form (RJSF, ajv) is heavy: load it only when a create or edit page needs it.
import { lazy } from "react";

export const LazyConnectorConfigForm = lazy(async () => ({ default: (await import("@/features/connector-form")).ConnectorConfigForm }));

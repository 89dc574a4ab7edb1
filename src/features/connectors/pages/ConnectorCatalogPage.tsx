import { useRef } from "react";
import { useSearchParams } from "react-router";
import { useWorkspaceId } from "@/shared/WorkspaceContext";
import { useDocumentTitle } from "@/shared/useDocumentTitle";
import { ErrorAlert } from "@/components/ErrorAlert";
import { PageLoader } from "@/components/PageLoader";
import { CatalogPicker } from "../components/CatalogPicker";
import { PageHeader } from "@/components/PageHeader";
import { useDefinitions } from "../hooks/useConnectorQueries";
import { useFocusHeadingOnMount } from "../hooks/useFocusHeadingOnMount";
import { connectorApiFor } from "../lib/connectorApi";
import { safeReturnTo } from "../lib/returnTo";
import type { ConnectorKind } from "../lib/types";

/** /sources/new: choose which connector the new source (or destination) uses. */
export function ConnectorCatalogPage({ kind }: { kind: ConnectorKind }) {
  const api = connectorApiFor(kind);
  useDocumentTitle([`New ${api.words.singular}`]);
  const workspaceId = useWorkspaceId();
  const definitions = useDefinitions(api, workspaceId);
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnTo(searchParams.get("returnTo"));
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusHeadingOnMount(heading);

  const suffix = returnTo ? `?${new URLSearchParams({ returnTo }).toString()}` : "";
  return (
    <>
      <PageHeader ref={heading} title={`New ${api.words.singular}`} description={`Choose the connector for your ${api.words.singular}.`} />
      {definitions.isPending ? (
        <PageLoader label="Loading connectors" />
      ) : definitions.isError ? (
        <ErrorAlert title="Could not load the connector catalog" error={definitions.error} onRetry={() => void definitions.refetch()} />
      ) : (
        <CatalogPicker
          definitions={definitions.data}
          noun={api.words.singular}
          hrefFor={(definition) => `${api.basePath}/new/${encodeURIComponent(definition.definitionId)}${suffix}`}
        />
      )}
    </>
  );
}

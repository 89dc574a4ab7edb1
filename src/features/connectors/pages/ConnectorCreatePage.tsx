import { Alert, Anchor, Button, Group, Text } from "@mantine/core";
import { useMemo, useRef, useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { useWorkspaceId } from "@/shared/WorkspaceContext";
import { useDocumentTitle } from "@/shared/useDocumentTitle";
import { ConnectorIcon } from "@/components/ConnectorIcon";
import { ErrorAlert } from "@/components/ErrorAlert";
import { PageLoader } from "@/components/PageLoader";
import type { ConnectorSpec } from "@/features/connector-form";
import { PageHeader } from "@/components/PageHeader";
import { ConnectorSetupForm, type ConnectorFormValues } from "../components/ConnectorSetupForm";
import { DefinitionSummary } from "../components/DefinitionSummary";
import { useDefinitions, useCreateConnector, useSpecification } from "../hooks/useConnectorQueries";
import { useDraftAutosave } from "../hooks/useDraftAutosave";
import { useFocusHeadingOnMount } from "../hooks/useFocusHeadingOnMount";
import { notify } from "@/shared/notify";
import { connectorApiFor, type ConnectorApi } from "../lib/connectorApi";
import { discardDraft, loadDraft } from "../lib/drafts";
import { safeReturnTo, withCreatedId } from "../lib/returnTo";
import type { ConnectorDefinition, ConnectorKind, ConnectorSpecification } from "../lib/types";

function CreateForm({
  api,
  definition,
  specification,
  returnTo,
}: {
  api: ConnectorApi;
  definition: ConnectorDefinition;
  specification: ConnectorSpecification;
  returnTo?: string;
}) {
  const workspaceId = useWorkspaceId();
  const navigate = useNavigate();
  const create = useCreateConnector(api);
  const blank = useMemo<ConnectorFormValues>(() => ({ name: definition.name, configuration: {} }), [definition.name]);
  const [restored] = useState(() => loadDraft(api.kind, definition.definitionId));
  const [values, setValues] = useState<ConnectorFormValues>(() =>
    restored ? { name: restored.name, configuration: restored.configuration } : blank,
  );
  // A ref: see useDraftAutosave for why this must not trigger a render.
  const userEdited = useRef(false);
  const [showRestored, setShowRestored] = useState(Boolean(restored));
  const [formKey, setFormKey] = useState(0);
  const connectionSpecification = specification.connectionSpecification;
  const draft = useDraftAutosave(api.kind, definition.definitionId, connectionSpecification, values, userEdited);
  const discardButton = useRef<HTMLButtonElement>(null);

  const spec: ConnectorSpec = useMemo(
    () => ({
      connectionSpecification,
      advancedAuth: specification.advancedAuth,
      advancedAuthGlobalCredentialsAvailable: specification.advancedAuthGlobalCredentialsAvailable,
      authSpecification: (specification as { authSpecification?: unknown }).authSpecification,
    }),
    [connectionSpecification, specification],
  );

  function discard() {
    draft.cancelPending();
    discardDraft(api.kind, definition.definitionId);
    setValues(blank);
    userEdited.current = false;
    setShowRestored(false);
    setFormKey((key) => key + 1); // remount the form so it drops its own state too
    notify({ color: "gray", message: "Draft discarded. The form is empty again." });
  }

  return (
    <>
      {showRestored && (
        <Alert color="blue" variant="light" title="Restored your unsaved draft" mb="md" role="status">
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Text size="sm">Secrets such as passwords and keys are never stored in drafts: enter them again.</Text>
            <Button ref={discardButton} size="xs" variant="default" onClick={discard}>
              Discard draft
            </Button>
          </Group>
        </Alert>
      )}
      <ConnectorSetupForm
        key={formKey}
        api={api}
        mode="create"
        definitionId={definition.definitionId}
        workspaceId={workspaceId}
        spec={spec}
        values={values}
        onValuesChange={setValues}
        onUserEdit={() => {
          userEdited.current = true;
        }}
        check={(submitted, options) =>
          api.checkNew(
            { workspaceId, definitionId: definition.definitionId, name: submitted.name, configuration: submitted.configuration },
            options,
          )
        }
        save={async (submitted) => {
          const saved = await create.mutateAsync({
            workspaceId,
            definitionId: definition.definitionId,
            name: submitted.name,
            configuration: submitted.configuration,
          });
          draft.cancelPending();
          discardDraft(api.kind, definition.definitionId);
          notify({
            color: "green",
            title: `${api.words.Singular} created`,
            message: `“${saved.name}” passed the connection test and was saved.`,
          });
          navigate(returnTo ? withCreatedId(returnTo, api.idParam, saved.id) : `${api.basePath}/${saved.id}`);
        }}
        secondaryActions={
          <Button component={Link} to={returnTo ?? `${api.basePath}/new`} variant="default">
            {returnTo ? "Cancel" : "Back to catalog"}
          </Button>
        }
      />
    </>
  );
}

/** /sources/new/:definitionId: configure, test and save a new source (or destination). */
export function ConnectorCreatePage({ kind }: { kind: ConnectorKind }) {
  const api = connectorApiFor(kind);
  const { definitionId } = useParams();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnTo(searchParams.get("returnTo"));
  const workspaceId = useWorkspaceId();
  const definitions = useDefinitions(api, workspaceId);
  const specification = useSpecification(api, definitionId, workspaceId);
  const definition = definitions.data?.find((d) => d.definitionId === definitionId);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusHeadingOnMount(heading);

  const title = definition ? `New ${definition.name} ${api.words.singular}` : `New ${api.words.singular}`;
  useDocumentTitle([title]);
  let body;
  if (definitions.isPending || specification.isPending) body = <PageLoader label="Loading the connector" />;
  else if (definitions.isError)
    body = <ErrorAlert title="Could not load the connector catalog" error={definitions.error} onRetry={() => void definitions.refetch()} />;
  else if (!definition)
    body = (
      <Alert color="orange" title="Connector not found" role="alert">
        <Text size="sm">
          This workspace has no {api.words.singular} connector with that id.{" "}
          <Anchor component={Link} to={`${api.basePath}/new`}>
            Choose one from the catalog
          </Anchor>
          .
        </Text>
      </Alert>
    );
  else if (specification.isError)
    body = (
      <ErrorAlert
        title={`Could not load the settings of ${definition.name}`}
        error={specification.error}
        onRetry={() => void specification.refetch()}
      />
    );
  else body = <CreateForm api={api} definition={definition} specification={specification.data} returnTo={returnTo} />;

  return (
    <>
      <PageHeader
        ref={heading}
        title={title}
        icon={definition ? <ConnectorIcon name={definition.name} icon={definition.icon} size={40} /> : undefined}
        description={definition ? <DefinitionSummary definition={definition} /> : undefined}
      />
      {body}
    </>
  );
}

import { Button, Stack } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { useEffect, useMemo, useRef, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useWorkspaceId } from "@/shared/WorkspaceContext";
import { useDocumentTitle } from "@/shared/useDocumentTitle";
import { ConnectorIcon } from "@/components/ConnectorIcon";
import { ErrorAlert } from "@/components/ErrorAlert";
import { PageLoader } from "@/components/PageLoader";
import type { ConnectorSpec } from "@/features/connector-form";
import { ConnectorConnectionsList } from "../components/ConnectorConnectionsList";
import { PageHeader } from "@/components/PageHeader";
import { ConnectorSetupForm, type ConnectorFormValues } from "../components/ConnectorSetupForm";
import { BreakingChangeNotice } from "../components/BreakingChangeNotice";
import { DefinitionSummary } from "../components/DefinitionSummary";
import { DeleteConnectorDialog } from "../components/DeleteConnectorDialog";
import { UnsavedChangesModal } from "../components/UnsavedChangesModal";
import { useConnectionsUsing } from "../hooks/useConnectionsUsing";
import {
  useConnector,
  useConnectorSpecification,
  useDefinitions,
  useDeleteConnector,
  useUpdateConnector,
} from "../hooks/useConnectorQueries";
import { useFocusHeadingOnMount } from "../hooks/useFocusHeadingOnMount";
import { useUnsavedChangesGuard } from "../hooks/useUnsavedChangesGuard";
import { notify } from "@/shared/notify";
import { connectorApiFor, type ConnectorApi } from "../lib/connectorApi";
import type { ConnectorKind, ConnectorSpecification, SavedConnector } from "../lib/types";
import { formatName } from "@/shared/format";

interface EditFormProps {
  api: ConnectorApi;
  connector: SavedConnector;
  specification: ConnectorSpecification;
  onSaved(saved: SavedConnector): void;
  onDirtyChange(dirty: boolean): void;
}

function EditForm({ api, connector, specification, onSaved, onDirtyChange }: EditFormProps) {
  const workspaceId = useWorkspaceId();
  const update = useUpdateConnector(api);
  const [baseline, setBaseline] = useState<ConnectorFormValues>(() => ({ name: connector.name, configuration: connector.configuration }));
  const [values, setValues] = useState<ConnectorFormValues>(baseline);
  // Set (in the capture phase) before the change it precedes, so a ref, not state.
  const userEdited = useRef(false);
  const [formKey, setFormKey] = useState(0);
  const connectionSpecification = specification.connectionSpecification;
  const spec: ConnectorSpec = useMemo(
    () => ({
      connectionSpecification,
      advancedAuth: specification.advancedAuth,
      advancedAuthGlobalCredentialsAvailable: specification.advancedAuthGlobalCredentialsAvailable,
      authSpecification: (specification as { authSpecification?: unknown }).authSpecification,
    }),
    [connectionSpecification, specification],
  );

  // Only what the user did counts as a change (the form may normalise values as it mounts).
  useEffect(() => {
    if (userEdited.current)
      onDirtyChange(values.name !== baseline.name || JSON.stringify(values.configuration) !== JSON.stringify(baseline.configuration));
  }, [values, baseline, onDirtyChange]);

  return (
    <ConnectorSetupForm
      key={formKey}
      api={api}
      mode="edit"
      definitionId={connector.definitionId}
      workspaceId={workspaceId}
      spec={spec}
      values={values}
      onValuesChange={setValues}
      onUserEdit={() => {
        userEdited.current = true;
      }}
      actorId={connector.id}
      check={(submitted, options) =>
        api.checkUpdate(
          {
            id: connector.id,
            workspaceId,
            definitionId: connector.definitionId,
            name: submitted.name,
            configuration: submitted.configuration,
          },
          options,
        )
      }
      save={async (submitted) => {
        const saved = await update.mutateAsync({ id: connector.id, name: submitted.name, configuration: submitted.configuration });
        // Show what the server stored (secrets masked again), not what was typed.
        const stored = { name: saved.name, configuration: saved.configuration };
        setBaseline(stored);
        setValues(stored);
        userEdited.current = false;
        onDirtyChange(false);
        setFormKey((key) => key + 1);
        notify({
          color: "green",
          title: `${api.words.Singular} saved`,
          message: `“${saved.name}” passed the connection test and was saved.`,
        });
        onSaved(saved);
      }}
      secondaryActions={
        <Button component={Link} to={api.basePath} variant="default">
          Back to {api.words.plural}
        </Button>
      }
    />
  );
}

/** /sources/:sourceId: edit, re-test, see where it is used, delete. */
export function ConnectorEditPage({ kind }: { kind: ConnectorKind }) {
  const api = connectorApiFor(kind);
  const params = useParams();
  const id = params[api.idParam];
  const workspaceId = useWorkspaceId();
  const navigate = useNavigate();
  const connector = useConnector(api, id);
  const specification = useConnectorSpecification(api, connector.data, workspaceId);
  const definitions = useDefinitions(api, workspaceId);
  const usedBy = useConnectionsUsing(kind, workspaceId, id);
  const remove = useDeleteConnector(api);
  const [dirty, setDirty] = useState(false);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const [name, setName] = useState<string | undefined>();
  const guard = useUnsavedChangesGuard(dirty);
  // The form is seeded only from an answer fetched on this visit: a copy cached by another screen
  // (the connection page reads the same entry) may be older.
  const [openedAt] = useState(() => Date.now());
  const freshFetchFailed = connector.isRefetchError && connector.dataUpdatedAt < openedAt;
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusHeadingOnMount(heading);

  const definition = definitions.data?.find((d) => d.definitionId === connector.data?.definitionId);
  const displayName = name ?? connector.data?.name;
  useDocumentTitle([displayName, api.words.Plural]);

  async function confirmDelete() {
    if (!connector.data) return;
    try {
      await remove.mutateAsync(connector.data.id);
    } catch {
      return; // the dialog shows remove.error
    }
    guard.allowNavigation();
    setDeleteOpen(false);
    notify({ color: "green", title: `${api.words.Singular} deleted`, message: `“${connector.data.name}” was deleted.` });
    navigate(api.basePath);
  }

  let body;
  if (connector.isPending || (!connector.isFetchedAfterMount && connector.isFetching))
    body = <PageLoader label={`Loading the ${api.words.singular}`} />;
  else if (connector.isError || freshFetchFailed)
    body = (
      <ErrorAlert
        title={`Could not load this ${api.words.singular}`}
        error={connector.error}
        onRetry={() => void connector.refetch()}
        gone={{ title: `This ${api.words.singular} no longer exists`, backTo: api.basePath, backLabel: `Back to ${api.words.plural}` }}
      />
    );
  else if (specification.isPending) body = <PageLoader label="Loading the connector settings" />;
  // Only a spec never loaded is an error here: a failed refetch (after an upgrade) keeps the form
  // and what was typed in it.
  else if (!specification.data)
    body = (
      <ErrorAlert
        title={`Could not load the settings of ${connector.data.definitionName}`}
        error={specification.error}
        onRetry={() => void specification.refetch()}
      />
    );
  else
    body = (
      <Stack gap="lg">
        <BreakingChangeNotice
          api={api}
          id={connector.data.id}
          name={displayName ?? connector.data.name}
          latestVersion={definition?.dockerImageTag}
        />
        {specification.isError && (
          <ErrorAlert
            title={`Could not load the current settings of ${connector.data.definitionName}: the form shows the ones loaded before`}
            error={specification.error}
            onRetry={() => void specification.refetch()}
          />
        )}
        <EditForm
          api={api}
          connector={connector.data}
          specification={specification.data}
          onSaved={(saved) => setName(saved.name)}
          onDirtyChange={setDirty}
        />
        <ConnectorConnectionsList words={api.words} connections={usedBy} />
      </Stack>
    );

  return (
    <>
      <PageHeader
        ref={heading}
        title={displayName !== undefined ? formatName(displayName) : api.words.Singular}
        icon={
          connector.data ? (
            <ConnectorIcon name={connector.data.definitionName} icon={connector.data.icon ?? definition?.icon} size={40} />
          ) : undefined
        }
        description={definition ? <DefinitionSummary definition={definition} /> : connector.data?.definitionName}
        actions={
          connector.data ? (
            <Button
              color="red"
              variant="light"
              leftSection={<IconTrash size={16} aria-hidden="true" />}
              onClick={() => setDeleteOpen(true)}
            >
              Delete {api.words.singular}
            </Button>
          ) : undefined
        }
      />
      {body}
      {connector.data && (
        <DeleteConnectorDialog
          opened={deleteOpen}
          name={connector.data.name}
          words={api.words}
          connections={usedBy}
          deleting={remove.isPending}
          error={remove.error ?? undefined}
          onConfirm={() => void confirmDelete()}
          onClose={() => {
            remove.reset();
            setDeleteOpen(false);
          }}
        />
      )}
      <UnsavedChangesModal blocker={guard.blocker} />
    </>
  );
}

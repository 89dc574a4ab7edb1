// One stream's mappings: add, edit, remove, in order; each is checked by the server as you type
// (web_backend/mappers/validate), its refusal shown at it, and the fields that reach the destination
// previewed. "Apply" puts them in the replication draft; the tab's Save sends them. Nothing typed
// is lost: a refused mapping stays as typed, and the draft keeps it after a failed save.
import { Alert, Badge, Button, Code, Group, Modal, Paper, Stack, Text } from "@mantine/core";
import { useId, useMemo, useState } from "react";
import { ApiError, describeError } from "@/api/errors";
import { useValidateMappers, type MapperValidation } from "@/api/hooks/mappers";
import { useDebouncedValue } from "@/shared/useDebouncedValue";
import {
  describeMapper,
  fromApi,
  MAPPER_TYPE_LABEL,
  missingInput,
  newMapper,
  toApi,
  type MapperDraft,
  type MapperType,
} from "../../lib/mappers";
import { refusalsByMapping, type MapperSaveError } from "../../lib/mapperSaveErrors";
import type { AirbyteStream, StreamConfig } from "../../lib/types";
import { MapperFields } from "./MapperFields";

const CHECK_PAUSE_MS = 400;

interface Props {
  connectionId: string;
  stream: AirbyteStream;
  config: StreamConfig;
  /** The server checks mappings against the saved catalog: only a stream saved as enabled can be checked. */
  savedEnabled: boolean;
  /** The mappings the last save was refused for: each is marked until it is changed. */
  refusedOnSave?: readonly MapperSaveError[] | undefined;
  onApply(mappers: ReturnType<typeof toApi>[]): void;
  onClose(): void;
}

function topLevelFields(stream: AirbyteStream, config: StreamConfig): string[] {
  const properties = (stream.jsonSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
  const names = Object.keys(properties);
  if (!config.fieldSelectionEnabled) return names;
  const selected = new Set((config.selectedFields ?? []).map((f) => f.fieldPath?.[0]));
  return names.filter((name) => selected.has(name));
}

/** Which mapping a whole-request refusal (a 400 problem naming a mapper id or type) belongs to. */
function refusedIndex(error: unknown, drafts: readonly MapperDraft[], sent: ReturnType<typeof toApi>[]): number | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const data = error.problemData as { mapperId?: unknown; mapperType?: unknown } | undefined;
  if (data?.mapperId) {
    const index = sent.findIndex((m) => m.id === data.mapperId);
    if (index >= 0) return index;
  }
  const type = data?.mapperType;
  const ofType = sent.map((m, i) => (m.type === type ? i : -1)).filter((i) => i >= 0);
  if (ofType.length === 1) return ofType[0];
  return drafts.length === 1 ? 0 : undefined;
}

export function MappingsModal({ connectionId, stream, config, savedEnabled, refusedOnSave, onApply, onClose }: Props) {
  const baseId = useId();
  const [drafts, setDrafts] = useState<MapperDraft[]>(() => (config.mappers ?? []).map(fromApi));
  const sent = useMemo(() => drafts.map(toApi), [drafts]);
  const complete = drafts.every((draft) => !missingInput(draft));
  const asked = useDebouncedValue(JSON.stringify(sent), CHECK_PAUSE_MS);
  const askedMappers = useMemo(() => JSON.parse(asked) as ReturnType<typeof toApi>[], [asked]);
  const check = useValidateMappers(connectionId, stream, askedMappers, savedEnabled && complete && drafts.length > 0);
  // A refusal replaces the last answer: its fields would describe mappings no longer asked about.
  const answer: MapperValidation | undefined = check.error ? undefined : check.data;
  const streamFields = useMemo(() => topLevelFields(stream, config), [stream, config]);
  const refused = check.error ? refusedIndex(check.error, drafts, askedMappers) : undefined;
  // Matched on what is sent now: a refused mapping changed since is no longer the one refused.
  const refusals = useMemo(() => refusalsByMapping(refusedOnSave ?? [], stream.name, sent), [refusedOnSave, stream.name, sent]);
  const label = stream.namespace ? `${stream.namespace}.${stream.name}` : stream.name;

  const change = (index: number, next: MapperDraft) => setDrafts((current) => current.map((d, i) => (i === index ? next : d)));
  const remove = (index: number) => setDrafts((current) => current.filter((_, i) => i !== index));
  const add = (type: MapperType) => setDrafts((current) => [...current, newMapper(type)]);

  return (
    <Modal opened onClose={onClose} title={`Mappings of ${label}`} size="xl">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Mappings change records before they reach the destination, in this order. Apply them here, then save the replication changes.
        </Text>
        {!savedEnabled && (
          <Alert color="blue" title="Checked once saved">
            The server checks mappings against the connection&apos;s saved streams: save this stream as enabled to see their result here.
          </Alert>
        )}
        {drafts.length === 0 && <Text size="sm">This stream has no mappings.</Text>}
        <ol aria-label="Mappings" style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: 12 }}>
          {drafts.map((draft, index) => {
            const result = answer?.mappers[index];
            const title = draft.type === "unknown" ? String(draft.original.type) : MAPPER_TYPE_LABEL[draft.type];
            const itemLabel = `Mapping ${index + 1}`;
            const fields = result?.inputFields.map((f) => f.name) ?? streamFields;
            const missing = missingInput(draft);
            const refusal = refusals.get(index);
            const refusalId = `${baseId}-refused-${draft.key}`;
            return (
              <li key={draft.key} aria-label={`${itemLabel}: ${describeMapper(draft)}`}>
                <Paper withBorder p="sm">
                  <Stack gap="xs">
                    <Group justify="space-between" wrap="nowrap">
                      <Text fw={600}>
                        {index + 1}. {title}
                      </Text>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => remove(index)}
                        aria-label={`Remove ${itemLabel.toLowerCase()}`}
                      >
                        Remove
                      </Button>
                    </Group>
                    {draft.type === "unknown" ? (
                      <Stack gap={4}>
                        <Text size="sm">This console does not know this kind of mapping. It is kept as it is when you save.</Text>
                        <Code block>{JSON.stringify(draft.original.mapperConfiguration, null, 2)}</Code>
                      </Stack>
                    ) : (
                      // The group is described by the refusal, so moving into it says why it was refused.
                      <div role="group" aria-label={itemLabel} aria-describedby={refusal ? refusalId : undefined}>
                        <MapperFields
                          draft={draft}
                          fields={fields}
                          label={itemLabel}
                          onChange={(next) => change(index, next)}
                          refused={refusal !== undefined}
                        />
                      </div>
                    )}
                    {refusal && (
                      <Alert id={refusalId} color="red" title="Not saved" role="alert">
                        {refusal}
                      </Alert>
                    )}
                    {missing && (
                      <Text size="sm" c="dimmed">
                        {missing}
                      </Text>
                    )}
                    {result?.validationError && !missing && (
                      <Alert color="red" title="The server refuses this mapping" role="alert">
                        {result.validationError.message}
                      </Alert>
                    )}
                    {refused === index && (
                      <Alert color="red" title="The server refuses this mapping" role="alert">
                        {describeError(check.error)}
                      </Alert>
                    )}
                  </Stack>
                </Paper>
              </li>
            );
          })}
        </ol>
        {check.error && refused === undefined && (
          <Alert color="red" title="Could not check the mappings" role="alert">
            {describeError(check.error)}
          </Alert>
        )}
        <Group gap="xs" role="group" aria-label="Add a mapping">
          {(Object.keys(MAPPER_TYPE_LABEL) as MapperType[]).map((type) => (
            <Button key={type} size="xs" variant="default" onClick={() => add(type)} aria-label={`Add mapping: ${MAPPER_TYPE_LABEL[type]}`}>
              {MAPPER_TYPE_LABEL[type]}
            </Button>
          ))}
        </Group>
        {answer && drafts.length > 0 && (
          <section aria-label="Fields after the mappings">
            <Text fw={600} size="sm" mb={4}>
              Fields the destination gets{" "}
              {check.isFetching && (
                <Text span c="dimmed" size="xs">
                  (checking…)
                </Text>
              )}
            </Text>
            <Group gap={6}>
              {answer.outputFields.map((field) => (
                <Badge key={field.name} variant="light" tt="none" title={field.type}>
                  {field.name}
                </Badge>
              ))}
            </Group>
          </section>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => onApply(sent)}>Apply mappings</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

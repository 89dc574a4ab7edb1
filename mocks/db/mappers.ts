// Mappers of a connection's streams: checked when a catalog is saved, and validated one by one for
// the console's preview (web_backend/mappers/validate). The rules are in ./mapperRules.ts; how the
// server uses them (facts from airbytehq/airbyte-platform, nothing copied):
// - ConnectionsHandler (create and update): mappers without an id get one
//   (assignIdsToIncomingMappers), every mapper is converted (a 400 problem when it cannot be), then
//   the catalog's mappers are applied and any error refuses the whole save with a 400
//   MapperValidationProblem whose `data.errors` lists stream, error type and mapper;
// - CatalogConverter: a stream saved with mappers keeps them; one saved without any gets a SHA-256
//   hashing mapper (suffix "_hashed") per entry of the older `hashedFields`, and a read answers
//   `hashedFields` from the stream's hashing mappers;
// - MapperSecretHelper: an AES key is a secret, kept in the secret store and answered masked; the
//   mock keeps no key at all (only the marker), so none reaches a snapshot;
// - WebBackendMappersHandler.validateMappers: the stream is looked up in the *saved* catalog's
//   selected streams (a stream not saved as selected: NoSuchElementException, a 500); each mapper
//   gets the fields it sees and the fields after it, flags for the saved primary key and cursor
//   (by the original names), and its error; `outputFields` are those after the last mapper.
import { knownError, problem } from "../lib/errors";
import { uuid } from "../lib/random";
import type { ApiCatalog, ApiStreamAndConfiguration, S } from "../lib/types";
import { applyMappers, checkConvertible, MASKED, streamFields, type Field } from "./mapperRules";
import { connectionById } from "./connections";

type Mapper = S["ConfiguredStreamMapper"];

function fromHashedFields(entry: ApiStreamAndConfiguration): Mapper[] {
  return (entry.config.hashedFields ?? [])
    .map((field) => field.fieldPath?.[0])
    .filter((name): name is string => typeof name === "string")
    .map((targetField) => ({
      id: uuid(),
      type: "hashing",
      mapperConfiguration: { targetField, method: "SHA-256", fieldNameSuffix: "_hashed" },
    }));
}

function withoutSecret(mapper: Mapper): Mapper {
  const config = mapper.mapperConfiguration as Record<string, unknown>;
  if (mapper.type !== "encryption" || config.algorithm !== "AES") return mapper;
  return { ...mapper, mapperConfiguration: { ...config, key: MASKED } as Mapper["mapperConfiguration"] };
}

/** A catalog about to be saved, as the server keeps it; throws the server's 400 problem for mappers it refuses. */
export function withCheckedMappers(catalog: ApiCatalog): ApiCatalog {
  const errors: Record<string, unknown>[] = [];
  const streams = catalog.streams.map((entry) => {
    const given = entry.config.mappers ?? [];
    const mappers = (given.length > 0 ? given : fromHashedFields(entry)).map((m) => (m.id ? m : { ...m, id: uuid() }));
    mappers.forEach(checkConvertible);
    for (const step of applyMappers(streamFields(entry), mappers))
      if (step.error)
        errors.push({
          stream: entry.stream.name,
          error: step.error.type,
          mapper: { id: step.mapper.id, type: step.mapper.type, mapperConfiguration: withoutSecret(step.mapper).mapperConfiguration },
        });
    const hashedFields = mappers
      .filter((m) => m.type === "hashing")
      .map((m) => ({ fieldPath: [String((m.mapperConfiguration as { targetField?: unknown }).targetField)] }));
    return { ...entry, config: { ...entry.config, mappers: mappers.map(withoutSecret), hashedFields } };
  });
  if (errors.length > 0)
    throw problem(400, "error:mapper-validation", "Mapper validation failed", "The mapper configuration is invalid", { errors });
  return { streams };
}

function fieldSpec(field: Field, primaryKey: string[], cursor: string | undefined): S["FieldSpec"] {
  return {
    name: field.name,
    type: field.type,
    isSelectedPrimaryKey: primaryKey.includes(field.name),
    isSelectedCursor: cursor === field.name,
  };
}

export function validateMappers(body: Record<string, unknown>): S["WebBackendValidateMappersResponse"] {
  const connection = connectionById(body.connectionId);
  const descriptor = (body.streamDescriptor ?? {}) as S["StreamDescriptor"];
  const entry = connection.syncCatalog.streams.find(
    (s) =>
      s.config.selected !== false &&
      s.stream.name === descriptor.name &&
      (s.stream.namespace ?? undefined) === (descriptor.namespace ?? undefined),
  );
  if (!entry) throw knownError(500, "Collection contains no element matching the predicate.", "java.util.NoSuchElementException");
  const mappers = (Array.isArray(body.mappers) ? body.mappers : []) as Mapper[];
  mappers.forEach(checkConvertible);
  const primaryKey = (entry.config.primaryKey ?? []).map((path) => path[0]).filter((name): name is string => name !== undefined);
  const cursor = entry.config.cursorField?.[0];
  const spec = (fields: Field[]) => fields.map((field) => fieldSpec(field, primaryKey, cursor));
  const initial = streamFields(entry);
  const steps = applyMappers(initial, mappers);
  return {
    initialFields: spec(initial),
    outputFields: spec(steps.at(-1)?.outputFields ?? initial),
    mappers: steps.map((step) => ({
      ...(step.mapper.id ? { id: step.mapper.id } : {}),
      inputFields: spec(step.inputFields),
      outputFields: spec(step.outputFields),
      ...(step.error ? { validationError: step.error } : {}),
    })),
  };
}

// A stream's draft mappers checked by the server (web_backend/mappers/validate): the fields each
// mapper sees and leaves, and its error. The server reads the stream from the connection's *saved*
// catalog, so only a stream saved as enabled can be checked.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiPost } from "../client";
import { mapperKeys } from "../queryKeys";
import type { Schemas } from "../types";

export type ConfiguredStreamMapper = Schemas["ConfiguredStreamMapper"];
export type MapperValidation = Schemas["WebBackendValidateMappersResponse"];

export function useValidateMappers(
  connectionId: string,
  stream: { name: string; namespace?: string },
  mappers: ConfiguredStreamMapper[],
  enabled: boolean,
) {
  const streamDescriptor = stream.namespace ? { name: stream.name, namespace: stream.namespace } : { name: stream.name };
  return useQuery({
    queryKey: mapperKeys.validation(connectionId, `${stream.namespace ?? ""}.${stream.name}`, mappers),
    queryFn: ({ signal }) => apiPost("/v1/web_backend/mappers/validate", { connectionId, streamDescriptor, mappers }, { signal }),
    enabled,
    // Each edit asks again; the last answer stays on screen until the next one comes.
    placeholderData: keepPreviousData,
    retry: false,
  });
}

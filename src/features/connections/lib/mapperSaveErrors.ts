// The mappings a failed save was refused for. A catalog saved with mappings the server cannot apply
// is refused whole with a 400 mapper-validation problem whose `data.errors` lists, per failing
// mapping, its stream, the error type (MapperValidationErrorType) and the mapping with its id
// (ConnectionsHandler's MapperValidationProblem): enough to mark each mapping where it is shown.
import { ApiError } from "@/api/errors";

export interface MapperSaveError {
  stream: string;
  mapperId?: string;
  mapperType?: string;
  /** The refused mapping's settings (a secret left out or masked). */
  mapperConfiguration?: Record<string, unknown>;
  /** What is wrong, in words. */
  message: string;
}

/** MapperValidationErrorType in words; an unknown type is shown as it is. */
const ERROR_TEXT: Record<string, string> = {
  MISSING_MAPPER: "the server does not know this kind of mapping",
  INVALID_MAPPER_CONFIG: "its settings are invalid",
  FIELD_NOT_FOUND: "a field it uses is not in the stream (or no longer, after the mappings before it)",
  FIELD_ALREADY_EXISTS: "the field it would create already exists in the stream",
};

const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);

/** The mappings a save was refused for, or none when `error` is not a mapper-validation refusal. */
export function mapperSaveErrors(error: unknown): MapperSaveError[] {
  if (!(error instanceof ApiError)) return [];
  const errors = error.problemData?.errors;
  if (!Array.isArray(errors)) return [];
  const found: MapperSaveError[] = [];
  for (const entry of errors as unknown[]) {
    if (typeof entry !== "object" || entry === null) continue;
    const {
      stream,
      error: type,
      mapper,
    } = entry as {
      stream?: unknown;
      error?: unknown;
      mapper?: { id?: unknown; type?: unknown; mapperConfiguration?: unknown };
    };
    const streamName = text(stream);
    if (!streamName) continue;
    const kind = text(type);
    const mapperId = text(mapper?.id);
    const mapperType = text(mapper?.type);
    const configuration = mapper?.mapperConfiguration;
    found.push({
      stream: streamName,
      ...(mapperId ? { mapperId } : {}),
      ...(mapperType ? { mapperType } : {}),
      ...(typeof configuration === "object" && configuration !== null
        ? { mapperConfiguration: configuration as Record<string, unknown> }
        : {}),
      message: `The server refused this mapping: ${kind ? (ERROR_TEXT[kind] ?? kind) : "no reason given"}.`,
    });
  }
  return found;
}

interface SentMapper {
  id?: string;
  type: string;
  mapperConfiguration?: unknown;
}

/** The answer's marker for a stored secret. */
const MASKED = "**********";

/** Whether every setting the refusal names (secrets aside) is the mapping's own. */
function sameSettings(refused: Record<string, unknown>, sent: unknown): boolean {
  const own = (typeof sent === "object" && sent !== null ? sent : {}) as Record<string, unknown>;
  return Object.entries(refused).every(([key, value]) => value === MASKED || JSON.stringify(value) === JSON.stringify(own[key]));
}

/**
 * The refusals of one stream's mappings, by the mapping's position. A mapping saved before is found
 * by its id; a new one has no id until the server keeps it (the refusal names the id the server
 * gave it), so it is found by its type and settings.
 */
export function refusalsByMapping(
  errors: readonly MapperSaveError[],
  streamName: string,
  mappers: readonly SentMapper[],
): Map<number, string> {
  const found = new Map<number, string>();
  for (const error of errors) {
    if (error.stream !== streamName) continue;
    let index = error.mapperId ? mappers.findIndex((m) => m.id === error.mapperId) : -1;
    if (index < 0)
      index = mappers.findIndex(
        (m, i) =>
          !found.has(i) && !m.id && m.type === error.mapperType && sameSettings(error.mapperConfiguration ?? {}, m.mapperConfiguration),
      );
    if (index >= 0) found.set(index, error.message);
  }
  return found;
}

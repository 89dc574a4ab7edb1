import { ApiError } from "@/api/errors";
import { mapperSaveErrors, refusalsByMapping } from "./mapperSaveErrors";

// The shape of the server's 400 mapper-validation problem (ConnectionsHandler's MapperValidationProblem).
const refusal = new ApiError({
  kind: "http",
  endpoint: "/v1/web_backend/connections/update",
  status: 400,
  message: "The mapper configuration is invalid",
  problemData: {
    errors: [
      {
        stream: "users",
        error: "FIELD_ALREADY_EXISTS",
        mapper: { id: "a1", type: "field-renaming", mapperConfiguration: { originalFieldName: "name", newFieldName: "email" } },
      },
      {
        stream: "users",
        error: "INVALID_MAPPER_CONFIG",
        mapper: { id: "new-id", type: "encryption", mapperConfiguration: { algorithm: "AES", targetField: "ssn", key: "**********" } },
      },
      { stream: "orders", error: "SOMETHING_NEW", mapper: { id: "o1", type: "hashing" } },
    ],
  },
});

test("reads each refused mapping from the problem, in words; anything else refuses nothing", () => {
  const errors = mapperSaveErrors(refusal);
  expect(errors.map((e) => [e.stream, e.mapperId, e.message])).toEqual([
    ["users", "a1", "The server refused this mapping: the field it would create already exists in the stream."],
    ["users", "new-id", "The server refused this mapping: its settings are invalid."],
    ["orders", "o1", "The server refused this mapping: SOMETHING_NEW."],
  ]);
  expect(mapperSaveErrors(new Error("offline"))).toEqual([]);
  expect(
    mapperSaveErrors(new ApiError({ kind: "http", endpoint: "/x", status: 400, message: "no", problemData: { errors: "?" } })),
  ).toEqual([]);
});

test("finds a saved mapping by its id and a new one (no id yet) by its type and settings, secrets aside", () => {
  const mappers = [
    { type: "hashing", mapperConfiguration: { targetField: "email" } },
    { id: "a1", type: "field-renaming", mapperConfiguration: { originalFieldName: "name", newFieldName: "email" } },
    { type: "encryption", mapperConfiguration: { algorithm: "AES", targetField: "other", key: "00" } },
    { type: "encryption", mapperConfiguration: { algorithm: "AES", targetField: "ssn", key: "00" } },
  ];
  const found = refusalsByMapping(mapperSaveErrors(refusal), "users", mappers);
  expect([...found.keys()]).toEqual([1, 3]);
  expect(refusalsByMapping(mapperSaveErrors(refusal), "accounts", mappers).size).toBe(0);
});

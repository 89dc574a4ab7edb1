// Mapper validation and saving follow the server's rules (facts in mocks/db/mappers.ts and
// mocks/db/mapperRules.ts). The stream: the seeded Postgres connection's `public.organization`,
// whose fixture schema has id (string), pba (boolean), name, email, user_id (strings), tombstone
// (boolean), created_at and updated_at (date-time with time zone), ...
import { beforeEach, describe, expect, it } from "vitest";
import { mockControl } from "./control";
import { SEED } from "./seed/ids";
import { call, ok } from "./test-utils";
import type { ApiCatalog, S } from "./lib/types";

const connectionId = SEED.connections.postgresToS3.id;
const streamDescriptor = { name: "organization", namespace: "public" };
type Validation = S["WebBackendValidateMappersResponse"];

beforeEach(async () => {
  await mockControl.reset();
});

const hashing = (targetField: string, fieldNameSuffix = "_hashed"): S["ConfiguredStreamMapper"] => ({
  type: "hashing",
  mapperConfiguration: { targetField, method: "SHA-256", fieldNameSuffix },
});
const validate = (mappers: unknown[]) => call<Validation>("/v1/web_backend/mappers/validate", { connectionId, streamDescriptor, mappers });
const names = (fields: S["FieldSpec"][]) => fields.map((f) => f.name);

async function savedCatalog(): Promise<ApiCatalog> {
  return (await ok<{ syncCatalog: ApiCatalog }>("/v1/connections/get", { connectionId })).syncCatalog;
}

async function saveMappers(mappers: unknown[]) {
  const catalog = await savedCatalog();
  const streams = catalog.streams.map((s) => (s.stream.name === streamDescriptor.name ? { ...s, config: { ...s.config, mappers } } : s));
  return call<{ syncCatalog: ApiCatalog }>("/v1/connections/update", { connectionId, syncCatalog: { streams } });
}

describe("web_backend/mappers/validate", () => {
  it("answers each mapper's fields in and out: hashing makes a string field with the suffix", async () => {
    const { status, body } = await validate([
      hashing("email"),
      { type: "field-renaming", mapperConfiguration: { originalFieldName: "name", newFieldName: "title" } },
    ]);
    expect(status).toBe(200);
    expect(names(body.initialFields).slice(0, 4)).toEqual(["id", "pba", "name", "email"]);
    expect(body.initialFields.find((f) => f.name === "created_at")?.type).toBe("TIMESTAMP_WITH_TIMEZONE");
    expect(body.initialFields.find((f) => f.name === "pba")?.type).toBe("BOOLEAN");
    const [hash, rename] = body.mappers;
    expect(names(hash!.inputFields)).toContain("email");
    expect(names(hash!.outputFields)).not.toContain("email");
    expect(hash!.outputFields.find((f) => f.name === "email_hashed")?.type).toBe("STRING");
    expect(rename!.inputFields).toEqual(hash!.outputFields);
    expect(names(body.outputFields)).toContain("title");
    expect(names(body.outputFields)).not.toContain("name");
  });

  it("reports a missing field or a taken name at the mapper and goes on with the fields unchanged", async () => {
    const { body } = await validate([
      { type: "field-filtering", mapperConfiguration: { targetField: "nope" } },
      { type: "field-renaming", mapperConfiguration: { originalFieldName: "name", newFieldName: "email" } },
      hashing("pba"),
    ]);
    expect(body.mappers[0]!.validationError).toEqual({ type: "FIELD_NOT_FOUND", message: "Field nope not found in stream fields" });
    expect(body.mappers[0]!.outputFields).toEqual(body.initialFields);
    expect(body.mappers[1]!.validationError).toEqual({
      type: "FIELD_ALREADY_EXISTS",
      message: "Field email already exists in stream fields",
    });
    expect(body.mappers[2]!.validationError).toBeUndefined();
    expect(names(body.outputFields)).toContain("pba_hashed");
  });

  it("leaves the fields alone for a row filter, even on a field the stream lacks (the server never looks)", async () => {
    const { status, body } = await validate([
      {
        type: "row-filtering",
        mapperConfiguration: { conditions: { type: "NOT", conditions: [{ type: "EQUAL", fieldName: "ghost", comparisonValue: "x" }] } },
      },
    ]);
    expect(status).toBe(200);
    expect(body.mappers[0]!.validationError).toBeUndefined();
    expect(body.outputFields).toEqual(body.initialFields);
  });

  it("refuses with the server's 400 problem a mapper it cannot read", async () => {
    const badOperation = await validate([{ type: "row-filtering", mapperConfiguration: { conditions: { type: "OR", conditions: [] } } }]);
    expect(badOperation.status).toBe(400);
    expect(badOperation.body).toMatchObject({
      type: "error:mapper-validation/invalid-config",
      data: { message: "Unsupported operation type: OR" },
    });
    const missing = await validate([{ type: "hashing", mapperConfiguration: { targetField: "email", fieldNameSuffix: "_h" } }]);
    expect(missing.body).toMatchObject({ status: 400, type: "error:mapper-validation/missing-required-param" });
  });

  it("checks AES modes, paddings and keys as Java's ciphers do", async () => {
    const aes = (mode: string, padding: string, key = "00112233445566778899aabbccddeeff") => ({
      type: "encryption",
      mapperConfiguration: { algorithm: "AES", targetField: "email", fieldNameSuffix: "_enc", key, mode, padding },
    });
    const { body } = await validate([
      aes("CTR", "PKCS5Padding"),
      aes("CBC", "PKCS5Padding", "abc"),
      aes("ECB", "PKCS5Padding"),
      aes("CBC", "PKCS5Padding"),
    ]);
    expect(body.mappers.map((m) => m.validationError?.message)).toEqual([
      "Mode CTR and padding PKCS5Padding are incompatible for AES Encryption",
      "Encryption key or parameters are invalid",
      "Encryption key or parameters are invalid",
      undefined,
    ]);
  });

  it("answers 500 for a stream the saved catalog does not select", async () => {
    const { status } = await call("/v1/web_backend/mappers/validate", {
      connectionId,
      streamDescriptor: { name: "nope", namespace: "public" },
      mappers: [],
    });
    expect(status).toBe(500);
  });
});

describe("saving mappers", () => {
  it("keeps valid mappers with ids and answers hashedFields from the hashing ones", async () => {
    const { status, body } = await saveMappers([hashing("email")]);
    expect(status).toBe(200);
    const config = body.syncCatalog.streams.find((s) => s.stream.name === "organization")!.config;
    expect(config.mappers).toHaveLength(1);
    expect(config.mappers![0]!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(config.hashedFields).toEqual([{ fieldPath: ["email"] }]);
  });

  it("refuses the save with a MapperValidationProblem naming the stream and error", async () => {
    const { status, body } = await saveMappers([hashing("nope")]);
    expect(status).toBe(400);
    expect(body).toMatchObject({
      type: "error:mapper-validation",
      data: { errors: [{ stream: "organization", error: "FIELD_NOT_FOUND", mapper: { type: "hashing" } }] },
    });
    expect((await savedCatalog()).streams.find((s) => s.stream.name === "organization")!.config.mappers ?? []).toEqual([]);
  });

  it("never keeps an AES key: it is answered masked", async () => {
    const key = "00112233445566778899aabbccddeeff";
    const mapper = {
      type: "encryption",
      mapperConfiguration: { algorithm: "AES", targetField: "email", fieldNameSuffix: "_enc", key, mode: "CBC", padding: "PKCS5Padding" },
    };
    const { body } = await saveMappers([mapper]);
    expect(JSON.stringify(body)).not.toContain(key);
    const saved = (await savedCatalog()).streams.find((s) => s.stream.name === "organization")!.config.mappers!;
    expect(saved[0]!.mapperConfiguration).toMatchObject({ key: "**********" });
    // Sent back masked, it is kept.
    expect((await saveMappers(saved)).status).toBe(200);
  });
});

import { SEED } from "@mocks/seed/ids";
import { loadContractValidator } from "./load";
import { createContractValidator } from "./validator";

describe("contract validator on the vendored Config API description", () => {
  const contract = loadContractValidator();

  it("accepts a well-formed sources/create request and names each bad field of a broken one", () => {
    const valid = {
      workspaceId: SEED.workspace.id,
      sourceDefinitionId: "11111111-2222-4333-8444-555555555555",
      name: "Orders DB",
      connectionConfiguration: { host: "db.example.com" },
    };
    expect(contract.validateRequest("/api/v1/sources/create", "POST", valid)).toEqual([]);

    const errors = contract.validateRequest("/api/v1/sources/create", "POST", {
      ...valid,
      connectionConfiguration: "host=db",
      name: 42,
      workspaceId: undefined,
    });
    expect(errors).toContain("POST /v1/sources/create request: /connectionConfiguration must be object");
    expect(errors).toContain("POST /v1/sources/create request: /name must be string");
    expect(errors).toContain("POST /v1/sources/create request: /workspaceId is required but missing");
    expect(errors).toHaveLength(3);
  });

  it("accepts what a real server sends beyond the description, and nothing else", () => {
    // Problems (AbstractThrowableProblemHandler), the bare 401 of auth, the instance configuration without the fields it dropped.
    const problem = {
      status: 400,
      type: "error:cron-validation/invalid-timezone",
      title: "Invalid cron timezone",
      detail: "The specified cron timezone is invalid",
      data: { cronTimezone: "Etc/UTC" },
    };
    expect(contract.validateResponse("/api/v1/connections/update", "POST", 400, problem)).toEqual([]);
    expect(contract.validateResponse("/api/v1/connections/update", "POST", 400, { ...problem, status: 422, data: "Etc/UTC" })).toEqual([
      "POST /v1/connections/update response 400: problem status 422 differs from the HTTP status",
      "POST /v1/connections/update response 400: problem data must be an object",
    ]);
    expect(contract.validateResponse("/api/v1/sources/list", "POST", 401, undefined)).toEqual([]);
    expect(contract.validateResponse("/api/v1/sources/list", "POST", 401, { unexpected: true })).not.toEqual([]);
    const instance = {
      edition: "community",
      version: "1.8.2",
      airbyteUrl: "http://localhost:8000",
      auth: { mode: "simple" },
      initialSetupComplete: true,
      defaultUserId: SEED.workspace.id,
      defaultOrganizationId: SEED.organizationId,
      defaultOrganizationEmail: "a@b.c",
      trackingStrategy: "logging",
    };
    expect(contract.validateResponse("/api/v1/instance_configuration", "GET", 200, instance)).toEqual([]);
    const { auth: _auth, ...withoutAuth } = instance;
    expect(contract.validateResponse("/api/v1/instance_configuration", "GET", 200, withoutAuth)).toEqual([
      "GET /v1/instance_configuration response 200: /auth is required but missing",
    ]);
  });

  it("checks response bodies per status, down to nested fields", () => {
    const workspace = {
      workspaceId: SEED.workspace.id,
      customerId: SEED.workspace.id,
      name: "Default Workspace",
      slug: "default",
      initialSetupComplete: true,
      organizationId: "00000000-0000-0000-0000-000000000000",
    };
    const path = "/api/v1/workspaces/list_by_organization_id";
    expect(contract.validateResponse(path, "POST", 200, { workspaces: [workspace] })).toEqual([]);
    expect(
      contract.validateResponse(path, "POST", 200, { workspaces: [{ ...workspace, workspaceId: "not-a-uuid", slug: undefined }] }),
    ).toEqual([
      "POST /v1/workspaces/list_by_organization_id response 200: /workspaces/0/slug is required but missing",
      'POST /v1/workspaces/list_by_organization_id response 200: /workspaces/0/workspaceId must match format "uuid"',
    ]);
    // Airbyte's documented error bodies are checked too.
    expect(contract.validateResponse("/api/v1/sources/get", "POST", 404, { message: "Source not found" })).toEqual([]);
    expect(contract.validateResponse("/api/v1/sources/get", "POST", 404, { message: 7 })).toEqual([
      "POST /v1/sources/get response 404: /message must be string",
    ]);
  });

  it('accepts streams as real servers send them, despite AirbyteStream requiring an undeclared "json_schema"', () => {
    const catalog = {
      streams: [
        {
          stream: { name: "users", jsonSchema: { type: "object" }, supportedSyncModes: ["full_refresh"] },
          config: { syncMode: "full_refresh", destinationSyncMode: "append", selected: true },
        },
      ],
    };
    const connectionId = SEED.connections.postgresToS3.id;
    expect(contract.validateRequest("/api/v1/connections/update", "POST", { connectionId, syncCatalog: catalog })).toEqual([]);
    expect(
      contract.validateRequest("/api/v1/connections/update", "POST", {
        connectionId,
        syncCatalog: { streams: [{ stream: { jsonSchema: {} } }] },
      }),
    ).toEqual(["POST /v1/connections/update request: /syncCatalog/streams/0/stream/name is required but missing"]);
  });

  it("reads a mapper's configuration by its type: a hashing one also fits field filtering's shape, and is fine", () => {
    const body = {
      connectionId: SEED.connections.postgresToS3.id,
      streamDescriptor: { name: "organization", namespace: "public" },
      mappers: [{ type: "hashing", mapperConfiguration: { targetField: "email", method: "SHA-256", fieldNameSuffix: "_hashed" } }],
    };
    expect(contract.validateRequest("/api/v1/web_backend/mappers/validate", "POST", body)).toEqual([]);
    const notAnyBranch = { ...body, mappers: [{ type: "hashing", mapperConfiguration: { method: "SHA-256" } }] };
    expect(contract.validateRequest("/api/v1/web_backend/mappers/validate", "POST", notAnyBranch)).not.toEqual([]);
  });

  it("reports endpoints and statuses the description does not have", () => {
    expect(contract.validateRequest("/api/v1/sources/frobnicate", "POST", {})).toEqual([
      "POST /api/v1/sources/frobnicate request: is not an endpoint of the Config API description",
    ]);
    expect(contract.validateResponse("/api/v1/sources/get", "POST", 418, {})[0]).toMatch(
      /^POST \/v1\/sources\/get response 418: status 418 is not described/,
    );
  });

  it("accepts the health GET, which has no request body", () => {
    expect(contract.validateRequest("/api/v1/health", "GET", undefined)).toEqual([]);
    expect(contract.validateResponse("/api/v1/health", "GET", 200, { available: true })).toEqual([]);
    expect(contract.validateResponse("/api/v1/health", "GET", 200, { available: "yes" })).toEqual([
      "GET /v1/health response 200: /available must be boolean",
    ]);
  });
});

describe("OpenAPI 3.0 specifics", () => {
  const document = {
    openapi: "3.0.0",
    paths: {
      "/v1/things/create": {
        post: {
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } },
          responses: {
            "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } },
            "204": { description: "nothing" },
          },
        },
      },
      "/v1/things/{thingId}": {
        get: {
          responses: {
            default: {
              content: { "application/json": { schema: { type: "object", properties: { id: { type: "string", format: "int64-ish" } } } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Thing: {
          type: "object",
          additionalProperties: false,
          required: ["id", "secret", "kind", "shape"],
          example: { id: "x" },
          properties: {
            id: { type: "string", format: "uuid", readOnly: true },
            secret: { type: "string", writeOnly: true },
            kind: { type: "string", enum: ["a", "b"], nullable: true },
            note: { $ref: "#/components/schemas/Note", nullable: true },
            shape: { $ref: "#/components/schemas/Shape" },
            size: { type: "integer", format: "int32" },
          },
        },
        Note: { type: "string" },
        Shape: {
          oneOf: [{ $ref: "#/components/schemas/Circle" }, { $ref: "#/components/schemas/Square" }],
          discriminator: {
            propertyName: "type",
            mapping: { circle: "#/components/schemas/Circle", square: "#/components/schemas/Square" },
          },
        },
        Circle: {
          type: "object",
          required: ["type", "radius"],
          properties: { type: { type: "string", enum: ["circle"] }, radius: { type: "number", format: "double" } },
        },
        Square: {
          type: "object",
          required: ["type", "side"],
          properties: { type: { type: "string", enum: ["square"] }, side: { type: "number" } },
        },
      },
    },
  };
  const contract = createContractValidator(document);
  const circle = { type: "circle", radius: 2 };

  it("does not require readOnly fields in requests nor writeOnly fields in responses", () => {
    expect(contract.validateRequest("/v1/things/create", "POST", { secret: "s", kind: "a", shape: circle })).toEqual([]);
    expect(
      contract.validateResponse("/v1/things/create", "POST", 200, { id: "8a1b2c3d-0000-4000-8000-000000000000", kind: "a", shape: circle }),
    ).toEqual([]);
    expect(contract.validateResponse("/v1/things/create", "POST", 200, { kind: "a", shape: circle })).toEqual([
      "POST /v1/things/create response 200: /id is required but missing",
    ]);
  });

  it("treats nullable as allowing null (plain, enum and $ref), and nothing else", () => {
    expect(contract.validateRequest("/v1/things/create", "POST", { secret: "s", kind: null, note: null, shape: circle })).toEqual([]);
    expect(contract.validateRequest("/v1/things/create", "POST", { secret: "s", kind: "c", shape: circle })).toEqual([
      'POST /v1/things/create request: /kind must be one of ["a","b",null]',
    ]);
    expect(contract.validateRequest("/v1/things/create", "POST", { secret: null, kind: "a", shape: circle })).toEqual([
      "POST /v1/things/create request: /secret must be string",
    ]);
  });

  it("validates discriminated oneOf by its branches and reports one line for it", () => {
    expect(contract.validateRequest("/v1/things/create", "POST", { secret: "s", kind: "a", shape: { type: "square", side: 1 } })).toEqual(
      [],
    );
    expect(contract.validateRequest("/v1/things/create", "POST", { secret: "s", kind: "a", shape: { type: "square", radius: 1 } })).toEqual(
      ["POST /v1/things/create request: /shape must match exactly one schema in oneOf"],
    );
  });

  it("honours additionalProperties: false and int32, ignores unknown formats, matches templated paths", () => {
    expect(
      contract.validateRequest("/v1/things/create", "POST", { secret: "s", kind: "a", shape: circle, colour: "red", size: 2 ** 40 }),
    ).toEqual([
      "POST /v1/things/create request: /colour is not a property the API describes",
      'POST /v1/things/create request: /size must match format "int32"',
    ]);
    expect(contract.validateResponse("/v1/things/abc", "GET", 200, { id: "anything" })).toEqual([]);
    expect(contract.validateResponse("/v1/things/create", "POST", 204, undefined)).toEqual([]);
    expect(contract.validateRequest("/v1/things/create", "POST", undefined)).toEqual([
      "POST /v1/things/create request: body is required but missing",
    ]);
  });
});

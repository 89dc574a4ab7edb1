import { describe, expect, it } from "vitest";
import { stripSecrets } from "./stripSecrets";

type Schema = Record<string, unknown>;

// Every real connector spec shipped with the mock backend.
const connectorFiles = import.meta.glob<{ kind: string; spec: { connectionSpecification: Schema } }>(
  "../../../../mocks/data/connectors/*.json",
  {
    eager: true,
    import: "default",
  },
);

const SECRET = "SECRET::";
const PLAIN = "PLAIN::";

function isObject(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Builds a configuration that fills every property any branch of the schema declares (oneOf
 * branches merged), so each secret at any depth holds a recognisable value. Written independently
 * of the code under test: it only needs to mark values, not decide what to keep.
 */
function fillEverything(schema: unknown, path: string, secretAbove = false): unknown {
  if (!isObject(schema)) return `${secretAbove ? SECRET : PLAIN}${path}`;
  const secret = secretAbove || schema.airbyte_secret === true;
  const branches = ["oneOf", "anyOf", "allOf"].flatMap((k) => (Array.isArray(schema[k]) ? (schema[k] as unknown[]) : []));
  const propertySets = [schema, ...branches].filter(isObject).map((s) => (isObject(s.properties) ? s.properties : {}));
  const keys = new Set(propertySets.flatMap((p) => Object.keys(p)));
  if (keys.size > 0) {
    const out: Schema = {};
    for (const key of keys) {
      const candidates = propertySets.map((p) => p[key]).filter(isObject);
      // Unmarked fields whose names say secret (hand-written list): password, token, key, JDBC parameters.
      const looksSecret = /password|passwd|secret|token|key|jdbc_url_params/i.test(key) && candidates.some((c) => c.type === "string");
      const anySecret = secret || looksSecret || candidates.some((c) => c.airbyte_secret === true);
      // Use the richest candidate (the one with nested properties) to go deeper.
      const deepest = candidates.find((c) => isObject(c.properties) || Array.isArray(c.oneOf)) ?? candidates[0];
      out[key] = fillEverything(deepest, `${path}.${key}`, anySecret);
    }
    return out;
  }
  if (schema.type === "array" || schema.items) return [fillEverything(schema.items, `${path}[]`, secret)];
  return `${secret ? SECRET : PLAIN}${path}`;
}

function leaves(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (isObject(value)) return Object.values(value).flatMap(leaves);
  return typeof value === "string" ? [value] : [];
}

describe("stripSecrets on every real connector spec", () => {
  const entries = Object.entries(connectorFiles);

  it("finds the connector specs", () => {
    expect(entries.length).toBeGreaterThan(10);
  });

  it.each(entries.map(([file, data]) => [file.split("/").pop()!, data.spec.connectionSpecification] as const))(
    "%s: no secret survives, every other value does",
    (_file, specification) => {
      const config = fillEverything(specification, "") as Schema;
      const before = leaves(config);
      const after = leaves(stripSecrets(specification, config));
      expect(after.filter((leaf) => leaf.startsWith(SECRET))).toEqual([]);
      expect(after).toEqual(before.filter((leaf) => leaf.startsWith(PLAIN)));
    },
  );
});

describe("stripSecrets on values the spec does not mark secret", () => {
  it("drops strings typed under secret-looking names (source-linnworks' token, source-postgres' JDBC parameters)", () => {
    const linnworks = connectorFiles["../../../../mocks/data/connectors/source-linnworks.json"]!.spec.connectionSpecification;
    expect(stripSecrets(linnworks, { application_id: "app", token: "typed-token", start_date: "2024-01-01T00:00:00Z" })).toEqual({
      application_id: "app",
      start_date: "2024-01-01T00:00:00Z",
    });
    const postgres = connectorFiles["../../../../mocks/data/connectors/source-postgres.json"]!.spec.connectionSpecification;
    expect(stripSecrets(postgres, { host: "db", jdbc_url_params: "password=hunter2", username: "reader" })).toEqual({
      host: "db",
      username: "reader",
    });
  });
});

describe("stripSecrets on hand-made schemas", () => {
  it("drops a secret inside the chosen oneOf branch and keeps its siblings", () => {
    const spec = {
      type: "object",
      properties: {
        host: { type: "string" },
        tunnel: {
          type: "object",
          oneOf: [
            { properties: { method: { const: "NONE" } } },
            { properties: { method: { const: "KEY" }, user: { type: "string" }, key: { type: "string", airbyte_secret: true } } },
          ],
        },
      },
    };
    expect(stripSecrets(spec, { host: "db.example.com", tunnel: { method: "KEY", user: "me", key: "-----BEGIN KEY-----" } })).toEqual({
      host: "db.example.com",
      tunnel: { method: "KEY", user: "me" },
    });
  });

  it("follows nested oneOf two levels down", () => {
    const spec = {
      properties: {
        upload: {
          oneOf: [
            {
              properties: {
                bucket: { type: "string" },
                encryption: {
                  oneOf: [
                    { properties: { mode: { const: "none" } } },
                    { properties: { mode: { const: "aes" }, key: { airbyte_secret: true } } },
                  ],
                },
              },
            },
          ],
        },
      },
    };
    expect(stripSecrets(spec, { upload: { bucket: "b", encryption: { mode: "aes", key: "k3y" } } })).toEqual({
      upload: { bucket: "b", encryption: { mode: "aes" } },
    });
  });

  it("strips secrets in arrays of objects and drops whole secret array items", () => {
    const spec = {
      properties: {
        accounts: {
          type: "array",
          items: { type: "object", properties: { id: { type: "string" }, token: { type: "string", airbyte_secret: true } } },
        },
        keys: { type: "array", items: { type: "string", airbyte_secret: true } },
      },
    };
    expect(
      stripSecrets(spec, {
        accounts: [
          { id: "a", token: "t1" },
          { id: "b", token: "t2" },
        ],
        keys: ["k1", "k2"],
      }),
    ).toEqual({
      accounts: [{ id: "a" }, { id: "b" }],
      keys: [],
    });
  });

  it("resolves local $refs, including a cyclic one, and additionalProperties", () => {
    const spec = {
      definitions: { node: { type: "object", properties: { secret: { airbyte_secret: true }, child: { $ref: "#/definitions/node" } } } },
      properties: {
        tree: { $ref: "#/definitions/node" },
        headers: { type: "object", additionalProperties: { type: "string", airbyte_secret: true } },
      },
    };
    expect(
      stripSecrets(spec, { tree: { secret: "s1", child: { secret: "s2", child: {} } }, headers: { Authorization: "Bearer x" } }),
    ).toEqual({
      tree: { child: { child: {} } },
      headers: {},
    });
  });

  it("keeps nothing when there is no schema to tell secrets apart", () => {
    expect(stripSecrets(undefined, { password: "p" })).toEqual({});
  });
});

import { describe, expect, it } from "vitest";
import type { Schemas } from "@/api/types";
import type { StreamConfig } from "./types";
import { describeMapper, fromApi, missingInput, newMapper, toApi, withMappers } from "./mappers";

type ApiMapper = Schemas["ConfiguredStreamMapper"];
const id = "5b0e0000-0000-4000-8000-000000000001";

describe("mappings to and from the API", () => {
  it("reads and writes back each known type unchanged", () => {
    const mappers = [
      { id, type: "hashing", mapperConfiguration: { targetField: "email", method: "MD5", fieldNameSuffix: "_h" } },
      { type: "field-renaming", mapperConfiguration: { originalFieldName: "a", newFieldName: "b" } },
      { type: "field-filtering", mapperConfiguration: { targetField: "c" } },
      { type: "row-filtering", mapperConfiguration: { conditions: { type: "EQUAL", fieldName: "country", comparisonValue: "FR" } } },
      {
        type: "row-filtering",
        mapperConfiguration: {
          conditions: { type: "NOT", conditions: [{ type: "EQUAL", fieldName: "status", comparisonValue: "deleted" }] },
        },
      },
      { type: "encryption", mapperConfiguration: { algorithm: "RSA", publicKey: "30820122", targetField: "ssn", fieldNameSuffix: "_enc" } },
      {
        type: "encryption",
        mapperConfiguration: {
          algorithm: "AES",
          key: "**********",
          mode: "CBC",
          padding: "PKCS5Padding",
          targetField: "ssn",
          fieldNameSuffix: "_enc",
        },
      },
    ] as ApiMapper[];
    expect(mappers.map((m) => toApi(fromApi(m)))).toEqual(mappers);
  });

  it("keeps a type it does not know, and a row filter too deep to edit, exactly as they came", () => {
    const future = { id, type: "field-splitting", mapperConfiguration: { targetField: "name", on: " " } } as unknown as ApiMapper;
    const nested = {
      type: "row-filtering",
      mapperConfiguration: {
        conditions: { type: "NOT", conditions: [{ type: "NOT", conditions: [{ type: "EQUAL", fieldName: "a", comparisonValue: "1" }] }] },
      },
    } as ApiMapper;
    for (const mapper of [future, nested]) {
      const draft = fromApi(mapper);
      expect(draft.type).toBe("unknown");
      expect(toApi(draft)).toBe(mapper);
      expect(missingInput(draft)).toBeUndefined();
    }
    expect(describeMapper(fromApi(future))).toMatch(/field-splitting.*does not know/);
  });

  it("says what is missing before the server is asked", () => {
    expect(missingInput(newMapper("hashing"))).toBe("Choose the field to hash.");
    expect(missingInput({ ...newMapper("field-renaming"), originalFieldName: "a" } as never)).toBe("Type the field's new name.");
    expect(missingInput({ ...newMapper("hashing"), targetField: "email" } as never)).toBeUndefined();
  });

  it("keeps hashedFields in step with the hashing mappers, so removing the last one does not bring it back", () => {
    const config: StreamConfig = { syncMode: "full_refresh", destinationSyncMode: "overwrite", hashedFields: [{ fieldPath: ["old"] }] };
    const hashing = {
      type: "hashing",
      mapperConfiguration: { targetField: "email", method: "SHA-256", fieldNameSuffix: "_hashed" },
    } as ApiMapper;
    expect(withMappers(config, [hashing]).hashedFields).toEqual([{ fieldPath: ["email"] }]);
    expect(withMappers(config, [])).toMatchObject({ mappers: [], hashedFields: [] });
  });
});

// A saved configuration checked against Zendesk Chat's older spec (mocks/data/connectors) and its
// current one (mocks/data/registry-2026): `subdomain` was optional and is required now; the access
// token is a secret in both, so a stored configuration carries it masked.
import older from "@mocks/data/connectors/source-zendesk-chat.json";
import current from "@mocks/data/registry-2026/source-zendesk-chat.json";
import { checkConfig } from "./checkConfig";

const saved = { start_date: "2021-02-01T00:00:00Z", credentials: { credentials: "access_token", access_token: "**********" } };

it("a masked secret counts as present: the saved configuration is valid for the version it was saved with", () => {
  expect(checkConfig(older.spec.connectionSpecification, saved)).toEqual({ missing: [], invalid: [] });
});

it("after the upgrade it lacks the subdomain, and nothing else", () => {
  expect(checkConfig(current.spec.connectionSpecification, saved)).toEqual({ missing: ["Subdomain: Enter a value"], invalid: [] });
});

it("a secret left out is missing; a value of the wrong shape is invalid, not missing", () => {
  const check = checkConfig(current.spec.connectionSpecification, {
    start_date: "1 February 2021",
    subdomain: "acme",
    credentials: { credentials: "access_token" },
  });
  expect(check.missing).toEqual([expect.stringMatching(/Access Token: Enter a value$/)]);
  expect(check.invalid).toEqual([expect.stringMatching(/^Start Date/)]);
});

it("a specification that cannot be used says why instead of checking", () => {
  expect(checkConfig({ type: "object", properties: { auth: { type: "object", oneOf: [] } } }, {}).unusable).toContain("/properties/auth");
});

// API-contract checks against the vendored OpenAPI description (see validator.ts).
//
//   const contract = loadContractValidator();          // Node only: reads src/api/openapi/config.yaml
//   contract.validateRequest('/api/v1/sources/create', 'POST', body);          // -> string[]
//   contract.validateResponse('/api/v1/sources/get', 'POST', 200, parsedBody); // -> string[]
//
// Each string names the endpoint and the field, e.g.
//   "POST /v1/sources/create request: /connectionConfiguration must be object".
// An empty list means the body conforms.
export { type ContractValidator } from "./validator";
export { loadContractValidator } from "./load";

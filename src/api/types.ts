// Friendly names for the generated Config API types (src/api/schema.gen.ts, from `npm run api:generate`).
import type { components } from "./schema.gen";

export type Schemas = components["schemas"];

export type WorkspaceRead = Schemas["WorkspaceRead"];
export type SourceDefinitionRead = Schemas["SourceDefinitionRead"];
export type DestinationDefinitionRead = Schemas["DestinationDefinitionRead"];
export type SourceDefinitionSpecificationRead = Schemas["SourceDefinitionSpecificationRead"];
export type DestinationDefinitionSpecificationRead = Schemas["DestinationDefinitionSpecificationRead"];
export type SourceRead = Schemas["SourceRead"];
export type ActorDefinitionVersionRead = Schemas["ActorDefinitionVersionRead"];
export type DestinationRead = Schemas["DestinationRead"];
export type ConnectionRead = Schemas["ConnectionRead"];
export type WebBackendConnectionRead = Schemas["WebBackendConnectionRead"];
export type CheckConnectionRead = Schemas["CheckConnectionRead"];
export type SourceDiscoverSchemaRead = Schemas["SourceDiscoverSchemaRead"];
export type JobRead = Schemas["JobRead"];
export type JobWithAttemptsRead = Schemas["JobWithAttemptsRead"];
export type JobStatus = Schemas["JobStatus"];

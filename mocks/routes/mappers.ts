// web_backend/mappers/validate: the fields each draft mapper of a stream sees and leaves, and its
// error (rules and evidence: ../db/mappers.ts, ../db/mapperRules.ts).
import { validateMappers } from "../db/mappers";
import { post } from "../lib/route";

export const mapperRoutes = [post("/v1/web_backend/mappers/validate", (body) => validateMappers(body))];

// A saved configuration checked against a specification with the form's own validator (the same
// rules the create and edit pages apply), for the spec playground's "Try a configuration". Stored
// secrets come masked (**********): a masked value counts as present and is not checked further.
// Errors are split into fields the configuration lacks and values the specification refuses.
import { analyzeSpec } from "./analyzeSpec";
import { getAt } from "./jsonSchema";
import { describeFieldError, validateConfig } from "./validateConfig";

export interface ConfigCheck {
  /** Set when the specification itself cannot be checked against (its first blocking problem). */
  unusable?: string;
  /** "Host: Enter a value": required fields absent from the configuration. */
  missing: string[];
  /** Present values the specification refuses. */
  invalid: string[];
}

export function checkConfig(connectionSpecification: unknown, config: unknown): ConfigCheck {
  const analysis = analyzeSpec(connectionSpecification);
  if (!analysis.schema || analysis.blocking) {
    const problem = analysis.problems.find((p) => p.severity === "error");
    return {
      unusable: problem ? `${problem.path || "/"}: ${problem.message}` : "The specification cannot be read.",
      missing: [],
      invalid: [],
    };
  }
  const schema = analysis.schema;
  const check: ConfigCheck = { missing: [], invalid: [] };
  for (const error of validateConfig(schema, config)) {
    (getAt(config, error.path) === undefined ? check.missing : check.invalid).push(describeFieldError(schema, error));
  }
  return check;
}

// The parsed form of a playground text. JSON is parsed at once; YAML needs the `yaml` package, which
// is fetched the first time YAML is pasted (it is not part of any page's initial code) and kept.
import { useEffect, useMemo, useState } from "react";
import type { YamlModule } from "../lib/parse/parseYamlSpec";
import { needsYaml, parseSpecText, type ParsedSpec } from "../lib/parseSpecText";

let loaded: YamlModule | undefined;

export function useParsedSpec(text: string): ParsedSpec {
  const [yaml, setYaml] = useState(loaded);
  const [loadError, setLoadError] = useState<string>();
  const wantsYaml = needsYaml(text);

  useEffect(() => {
    if (!wantsYaml || yaml) return;
    let cancelled = false;
    // Only the one function is taken from the module (a whole namespace object costs a runtime chunk).
    import("yaml").then(
      ({ parseDocument }) => {
        loaded = { parseDocument };
        if (!cancelled) setYaml(loaded);
      },
      (error: unknown) => !cancelled && setLoadError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      cancelled = true;
    };
  }, [wantsYaml, yaml]);

  return useMemo((): ParsedSpec => {
    if (wantsYaml && !yaml && loadError) {
      return { kind: "not-a-spec", message: `The YAML reader could not be loaded (${loadError}). Reload the page, or paste JSON.` };
    }
    return parseSpecText(text, yaml);
  }, [text, yaml, wantsYaml, loadError]);
}

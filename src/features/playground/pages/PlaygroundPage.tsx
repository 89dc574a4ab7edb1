// Spec playground for connector authors: paste or upload a specification and see the real form
// (the same ConnectorConfigForm the source and destination pages use), its config and its errors.
import { SimpleGrid, Text } from "@mantine/core";
import { Suspense, useDeferredValue, useEffect, useMemo, useState } from "react";
import { useInstantSearchParams } from "@/shared/useInstantSearchParams";
import { useDocumentTitle } from "@/shared/useDocumentTitle";
import { PageHeader } from "@/components/PageHeader";
import { PageLoader } from "@/components/PageLoader";
import { FormPreview } from "@/features/connector-form";
import { SpecInput } from "../components/SpecInput";
import { findExample } from "../lib/examples";
import { parseSpecText } from "../lib/parseSpecText";
import { specIdentity } from "../lib/specIdentity";

function specOf(file: unknown): unknown {
  return typeof file === "object" && file !== null && "spec" in file ? (file as { spec: unknown }).spec : file;
}

export function PlaygroundPage() {
  useDocumentTitle(["Spec playground"]);
  const [params, setParams] = useInstantSearchParams();
  const exampleId = params.get("example") ?? "";
  const stock = params.get("engine") === "stock";
  const [text, setText] = useState("");
  const [loadError, setLoadError] = useState<string>();
  const deferredText = useDeferredValue(text);
  const parsed = useMemo(() => parseSpecText(deferredText), [deferredText]);

  useEffect(() => {
    const example = findExample(exampleId);
    if (!example) return;
    let cancelled = false;
    example.load().then(
      (file) => {
        if (cancelled) return;
        setLoadError(undefined);
        setText(JSON.stringify(specOf(file), null, 2));
      },
      (error: unknown) => !cancelled && setLoadError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      cancelled = true;
    };
  }, [exampleId]);

  const update = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader title="Spec playground" description="Paste a connector specification to see the configuration form it produces." />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <div style={{ minWidth: 0 }}>
          <SpecInput
            text={text}
            onText={setText}
            example={exampleId}
            onExample={(id) => update("example", id)}
            parsed={parsed}
            loadError={loadError}
          />
        </div>
        <div style={{ minWidth: 0 }}>
          {parsed.kind === "ok" ? (
            <Suspense fallback={<PageLoader label="Loading the configuration form" />}>
              <FormPreview
                key={specIdentity(parsed.spec)}
                spec={parsed.spec}
                stock={stock}
                onStock={(on) => update("engine", on ? "stock" : undefined)}
              />
            </Suspense>
          ) : (
            <Text c="dimmed" size="sm">
              {parsed.kind === "empty"
                ? "The form appears here once a specification is entered."
                : "Fix the specification to see the form."}
            </Text>
          )}
        </div>
      </SimpleGrid>
    </>
  );
}

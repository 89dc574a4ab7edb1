// Spec playground for connector authors: paste, upload or drop a specification in whatever form it
// comes (see lib/parseSpecText.ts) and see the real form (the same ConnectorConfigForm the source and
// destination pages use), its config and its errors; paste a newer version to see what changes for
// users; try a saved configuration against both; share the view as a link.
import { Alert, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { Suspense, useCallback, useDeferredValue, useEffect, useState } from "react";
import { useInstantSearchParams } from "@/shared/useInstantSearchParams";
import { useDocumentTitle } from "@/shared/useDocumentTitle";
import { PageHeader } from "@/components/PageHeader";
import { PageLoader } from "@/components/PageLoader";
import { FormPreview } from "@/features/connector-form";
import { ChangesPanel } from "../components/ChangesPanel";
import { ExampleChooser } from "../components/ExampleChooser";
import { ShareButton } from "../components/ShareButton";
import { SpecInput } from "../components/SpecInput";
import { TryConfigPanel } from "../components/TryConfigPanel";
import { useParsedSpec } from "../hooks/useParsedSpec";
import { useSharedView } from "../hooks/useSharedView";
import { useSpecText } from "../hooks/useSpecText";
import { findExample } from "../lib/examples";
import { specIdentity } from "../lib/specIdentity";

function specOf(file: unknown): unknown {
  return typeof file === "object" && file !== null && "spec" in file ? (file as { spec: unknown }).spec : file;
}

export function PlaygroundPage() {
  useDocumentTitle(["Spec playground"]);
  const [params, setParams] = useInstantSearchParams();
  const exampleId = params.get("example") ?? "";
  const stock = params.get("engine") === "stock";
  const current = useSpecText("syncdeck.playground.spec");
  const newer = useSpecText("syncdeck.playground.newer");
  const [loadError, setLoadError] = useState<string>();
  const parsed = useParsedSpec(useDeferredValue(current.text));
  const parsedNewer = useParsedSpec(useDeferredValue(newer.text));
  const shared = useSharedView((view) => {
    current.replace(view.spec, "the shared link");
    newer.replace(view.newer ?? "", "the shared link");
  });

  const replaceCurrent = current.replace;
  useEffect(() => {
    const example = findExample(exampleId);
    if (!example) return;
    let cancelled = false;
    example.load().then(
      (file) => {
        if (cancelled) return;
        setLoadError(undefined);
        replaceCurrent(JSON.stringify(specOf(file), null, 2), `the example ${exampleId}`);
      },
      (error: unknown) => !cancelled && setLoadError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      cancelled = true;
    };
    // Only a newly chosen example loads; the text it puts in changes `replace`, which must not reload it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [exampleId]);

  const update = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  // Stable while the URL stays the same, so the memoised list skips the page's re-renders.
  const chooseExample = useCallback(
    (id: string) =>
      setParams(
        (current) => {
          if (id) current.set("example", id);
          else current.delete("example");
          return current;
        },
        { replace: true },
      ),
    [setParams],
  );

  return (
    <>
      <PageHeader
        title="Spec playground"
        description="Paste a connector specification to see the configuration form it produces, what a new version changes for users, and how a saved configuration fares."
        actions={<ShareButton spec={current.text} newer={newer.text} />}
      />
      {shared.kind === "opening" && <PageLoader label="Opening the shared link" />}
      {shared.kind === "error" && (
        <Alert color="red" role="alert" title="This shared link could not be opened" mb="md">
          {shared.message} What you had in the playground is unchanged.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <div style={{ minWidth: 0 }}>
          <SpecInput
            label="Connector specification"
            text={current.text}
            onType={current.type}
            onFile={(text, name) => current.replace(text, name)}
            parsed={parsed}
            replaced={current.replaced}
            onUndo={current.undo}
            controls={<ExampleChooser value={exampleId} onChoose={chooseExample} />}
          />
          {loadError && (
            <Alert color="red" role="alert" title="Could not load the example" mt="sm">
              {loadError}
            </Alert>
          )}
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
                : parsed.kind === "loading"
                  ? "The form appears once the YAML is read."
                  : "Fix the specification to see the form."}
            </Text>
          )}
        </div>
      </SimpleGrid>

      <Stack gap="sm" mt="xl" component="section" aria-labelledby="playground-changes">
        <Title order={2} size="h3" id="playground-changes">
          What changes for users
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <div style={{ minWidth: 0 }}>
            <SpecInput
              label="Newer version of the specification"
              text={newer.text}
              onType={newer.type}
              onFile={(text, name) => newer.replace(text, name)}
              parsed={parsedNewer}
              replaced={newer.replaced}
              onUndo={newer.undo}
            />
          </div>
          <div style={{ minWidth: 0 }}>
            <ChangesPanel before={parsed} after={parsedNewer} />
          </div>
        </SimpleGrid>
      </Stack>

      <Stack gap="sm" mt="xl" component="section" aria-labelledby="playground-config">
        <Title order={2} size="h3" id="playground-config">
          Try a configuration
        </Title>
        <TryConfigPanel spec={parsed} newer={parsedNewer} />
      </Stack>
    </>
  );
}

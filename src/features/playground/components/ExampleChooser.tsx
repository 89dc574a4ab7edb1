// The "Load an example" list: one option per real connector spec bundled with the playground.
// Memoised with its options built once: the page re-renders on every paste and keystroke, and this
// list's 130-odd options were re-rendered each time for nothing.
import { NativeSelect } from "@mantine/core";
import { memo } from "react";
import { examples } from "../lib/examples";

const OPTIONS = [{ value: "", label: "Choose a connector…" }, ...examples.map((example) => ({ value: example.id, label: example.id }))];
const STYLE = { flex: "1 1 220px" };

export const ExampleChooser = memo(function ExampleChooser({ value, onChoose }: { value: string; onChoose(id: string): void }) {
  return (
    <NativeSelect
      label="Load an example"
      value={value}
      onChange={(event) => onChoose(event.currentTarget.value)}
      data={OPTIONS}
      style={STYLE}
    />
  );
});

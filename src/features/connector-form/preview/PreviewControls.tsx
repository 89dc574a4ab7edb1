// The playground form's controls: stock RJSF or ours, reset, sample values, validate. Memoised on
// stable props: typing in the form (a new configuration each key) does not re-render them.
import { Button, Group, Switch } from "@mantine/core";
import { memo } from "react";

interface PreviewControlsProps {
  stock: boolean;
  onStock(stock: boolean): void;
  onReset(): void;
  /** Absent when the spec cannot give a form. */
  onFillSample?: () => void;
  onValidate(): void;
}

export const PreviewControls = memo(function PreviewControls({ stock, onStock, onReset, onFillSample, onValidate }: PreviewControlsProps) {
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Switch label="Compare with stock RJSF" checked={stock} onChange={(event) => onStock(event.currentTarget.checked)} />
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={onReset}>
          Reset form
        </Button>
        {onFillSample && (
          <Button variant="default" size="xs" onClick={onFillSample}>
            Fill with sample values
          </Button>
        )}
        {!stock && (
          <Button color="indigo" size="xs" onClick={onValidate}>
            Validate
          </Button>
        )}
      </Group>
    </Group>
  );
});

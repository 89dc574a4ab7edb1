import { Button, Group, List, Modal, Select, Text, TextInput } from "@mantine/core";
import { notify } from "@/shared/notify";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { getMockControl, type MockAuthMode, type MockFaultSpec } from "../mockControl";
import { SchemaChangeControls } from "./SchemaChangeControls";
import { SettingsSection } from "./SettingsSection";

const FAULTS: Record<string, { label: string; spec: MockFaultSpec }> = {
  "500": { label: "Server error (500)", spec: { status: 500 } },
  "404": { label: "Not found (404)", spec: { status: 404 } },
  "422": { label: "Rejected input (422)", spec: { status: 422 } },
  network: { label: "Network failure", spec: "network" },
  malformed: { label: "Malformed response body", spec: "malformed" },
  delay: { label: "Slow answer (5 s)", spec: { delayMs: 5000 } },
};

const AUTH_MODES: { value: MockAuthMode; label: string }[] = [
  { value: "none", label: "No sign-in (auth off)" },
  { value: "simple", label: "Sign-in, like abctl and Helm installs" },
  { value: "oidc", label: "Single sign-on (OIDC)" },
];

const LATENCIES: Record<string, { label: string; value: number | [number, number] }> = {
  none: { label: "None", value: 0 },
  realistic: { label: "Realistic (150–400 ms)", value: [150, 400] },
  slow: { label: "Slow (1.5–3 s)", value: [1500, 3000] },
};

/** Demo and test controls of the embedded backend: reset the data, latency, fault injection. */
export function MockBackendPanel() {
  const control = getMockControl();
  const queryClient = useQueryClient();
  const [endpoint, setEndpoint] = useState("/v1/sources/list");
  const [fault, setFault] = useState<string>("500");
  const [active, setActive] = useState<string[]>([]);
  const [confirmReset, setConfirmReset] = useState(false);

  if (!control) {
    return (
      <SettingsSection title="Mock backend">
        <Text size="sm">The mock backend's controls are not available in this tab.</Text>
      </SettingsSection>
    );
  }

  function addFault() {
    const chosen = FAULTS[fault];
    const path = endpoint.trim();
    if (!chosen || !path.startsWith("/v1/")) return;
    control!.fault(path, chosen.spec);
    setActive((list) => [...list, `${path}: ${chosen.label}`]);
  }

  return (
    <SettingsSection title="Mock backend">
      <Text size="sm" c="dimmed">
        Your sources, destinations, connections and jobs are kept in this browser across reloads, except secrets: they are never stored, so
        after a reload a saved password or key shows as masked and checks use the mock's placeholder. Faults apply to the next calls of an
        endpoint until cleared; they can also be set with the URL parameter <code>?mockFault=/v1/sources/list:500</code>.
      </Text>
      <Group align="flex-end" wrap="wrap">
        <TextInput label="Endpoint" value={endpoint} onChange={(e) => setEndpoint(e.currentTarget.value)} w={260} />
        <Select
          label="Fault"
          value={fault}
          onChange={(value) => value && setFault(value)}
          data={Object.entries(FAULTS).map(([value, f]) => ({ value, label: f.label }))}
          w={220}
          allowDeselect={false}
        />
        <Button onClick={addFault} disabled={!endpoint.trim().startsWith("/v1/")}>
          Inject fault
        </Button>
      </Group>
      {active.length > 0 && (
        <>
          <List size="sm" aria-label="Active faults">
            {active.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
          <Group>
            <Button
              variant="default"
              onClick={() => {
                control.clearFaults();
                setActive([]);
              }}
            >
              Clear all faults
            </Button>
          </Group>
        </>
      )}
      <Select
        label="Latency"
        defaultValue="realistic"
        allowDeselect={false}
        w={260}
        data={Object.entries(LATENCIES).map(([value, l]) => ({ value, label: l.label }))}
        onChange={(value) => {
          const latency = value ? LATENCIES[value] : undefined;
          if (latency) control.setLatency(latency.value);
        }}
      />
      <Select
        label="Sign-in"
        description="Applied on reload: the console finds the server's mode out when it starts."
        value={control.authMode()}
        allowDeselect={false}
        w={320}
        data={AUTH_MODES}
        onChange={(value) => {
          if (!value || value === control.authMode()) return;
          control.setAuthMode(value as MockAuthMode);
          window.location.reload();
        }}
      />
      {control.authMode() !== "none" && <DemoCredentials credentials={control.demoCredentials()} />}
      <SchemaChangeControls control={control} />
      <Group>
        <Button color="red" variant="light" onClick={() => setConfirmReset(true)}>
          Reset demo data
        </Button>
      </Group>
      <Modal opened={confirmReset} onClose={() => setConfirmReset(false)} title="Reset the demo data?">
        <Text size="sm">Everything created or changed in this browser goes back to the seeded workspace.</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirmReset(false)}>
            Cancel
          </Button>
          <Button
            color="red"
            onClick={async () => {
              await control.reset();
              setConfirmReset(false);
              void queryClient.invalidateQueries();
              notify({ message: "Demo data reset to the seed.", color: "green" });
            }}
          >
            Reset
          </Button>
        </Group>
      </Modal>
    </SettingsSection>
  );
}

/** The demo instance's sign-in, to try the sign-in flows (made-up values, not secrets). */
function DemoCredentials({ credentials }: { credentials: ReturnType<NonNullable<ReturnType<typeof getMockControl>>["demoCredentials"]> }) {
  return (
    <Text size="sm" component="div">
      Demo sign-in: email <code>{credentials.email}</code>, password <code>{credentials.password}</code>; application client id{" "}
      <code>{credentials.clientId}</code>, secret <code>{credentials.clientSecret}</code>.
    </Text>
  );
}

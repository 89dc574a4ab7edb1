// Hand-written expectations for real specifications, older ones (mocks/data/connectors) and current
// registry ones (mocks/data/registry-2026): what a person sees when the form opens (defaults applied,
// optional sections expanded), namely the label of every top-level field and the choices of every
// top-level selector. Written by reading the specs, not derived from the form's code.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import csv from "@mocks/data/registry-2026/destination-csv.json";
import mongodb from "@mocks/data/registry-2026/destination-mongodb.json";
import convertkit from "@mocks/data/registry-2026/source-convertkit.json";
import datagen from "@mocks/data/registry-2026/source-datagen.json";
import singlestore from "@mocks/data/registry-2026/source-singlestore.json";
import redshift from "@mocks/data/connectors/destination-redshift.json";
import s3 from "@mocks/data/connectors/destination-s3.json";
import faker from "@mocks/data/connectors/source-faker.json";
import github from "@mocks/data/connectors/source-github.json";
import postgres from "@mocks/data/connectors/source-postgres.json";
import stripe from "@mocks/data/connectors/source-stripe.json";
import { renderWithProviders } from "@/test/render";
import { FormHarness } from "./testing/FormHarness";
import type { ConnectorSpec } from "./types";

interface Known {
  file: { spec: unknown };
  /** Labels of the top-level fields (the spec's titles, or property names where it has none). */
  labels: string[];
  /** Each top-level selector (oneOf) by label: its choices, in order. */
  choices: Record<string, string[]>;
  /** Property names that must not appear as fields (airbyte_hidden). */
  hidden?: string[];
}

const KNOWN: Record<string, Known> = {
  "destination-csv (2026)": {
    file: csv,
    labels: ["Delimiter", "destination_path"],
    choices: { Delimiter: ["Comma", "Semicolon", "Pipe", "Tab", "Space"] },
  },
  "source-datagen (2026)": {
    file: datagen,
    labels: ["Max Concurrency", "Data Generation Type", "Max Record"],
    choices: { "Data Generation Type": ["Incremental", "All Types"] },
  },
  "source-convertkit (2026)": {
    file: convertkit,
    labels: ["Start date", "Authentication Type"],
    choices: { "Authentication Type": ["OAuth 2.0", "API Key"] },
    hidden: ["api_secret"],
  },
  "source-singlestore (2026)": {
    file: singlestore,
    labels: ["Host", "Port", "Database", "Username", "Password", "JDBC URL params", "SSL modes", "Replication method"],
    choices: { "SSL modes": ["disable", "required", "Verify CA", "Verify Full"] },
  },
  "destination-mongodb (2026)": {
    file: mongodb,
    labels: ["MongoDb Instance Type", "DB Name", "Authorization type", "SSH Tunnel Method"],
    choices: {
      "Authorization type": ["None", "Login/Password"],
      "MongoDb Instance Type": ["Standalone MongoDb Instance", "Replica Set", "MongoDB Atlas"],
      "SSH Tunnel Method": ["No Tunnel", "SSH Key Authentication", "Password Authentication"],
    },
  },
  "source-postgres": {
    file: postgres,
    labels: [
      "Host",
      "Port",
      "Database Name",
      "Schemas",
      "Username",
      "Password",
      "JDBC URL Parameters (Advanced)",
      "SSL Modes",
      "Update Method",
      "SSH Tunnel Method",
    ],
    choices: {
      "SSL Modes": ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"],
      "Update Method": [
        "Read Changes using Write-Ahead Log (CDC)",
        "Detect Changes with Xmin System Column",
        "Scan Changes with User Defined Cursor",
      ],
      "SSH Tunnel Method": ["No Tunnel", "SSH Key Authentication", "Password Authentication"],
    },
  },
  "destination-s3": {
    file: s3,
    labels: [
      "S3 Key ID",
      "S3 Access Key",
      "S3 Bucket Name",
      "S3 Bucket Path",
      "S3 Bucket Region",
      "Output Format",
      "Endpoint (Optional)",
      "S3 Path Format (Optional)",
      "S3 Filename pattern (Optional)",
    ],
    choices: {
      "Output Format": [
        "Avro: Apache Avro",
        "CSV: Comma-Separated Values",
        "JSON Lines: Newline-delimited JSON",
        "Parquet: Columnar Storage",
      ],
    },
  },
  "source-stripe": {
    file: stripe,
    labels: [
      "Account ID",
      "Secret Key",
      "Replication start date",
      "Lookback Window in days (Optional)",
      "Data request time increment in days (Optional)",
    ],
    choices: {},
  },
  "source-github": {
    file: github,
    labels: ["Authentication", "Start date", "GitHub Repositories", "Branch (Optional)", "Page size for large streams (Optional)"],
    choices: { Authentication: ["OAuth", "Personal Access Token"] },
  },
  "destination-redshift": {
    file: redshift,
    labels: ["Host", "Port", "Username", "Password", "Database", "Default Schema", "Uploading Method"],
    choices: { "Uploading Method": ["Standard", "S3 Staging"] },
  },
  "source-faker": {
    file: faker,
    labels: ["Count", "Seed", "Records Per Sync", "Records Per Stream Slice"],
    choices: {},
  },
};

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A label as shown: the text itself, then the required marker when the field is required. */
function labelled(label: string) {
  return new RegExp(`^\\s*${escape(label)}\\s*\\*?\\s*$`);
}

async function openForm(spec: unknown) {
  renderWithProviders(<FormHarness spec={spec as ConnectorSpec} />);
  await waitFor(() => expect(screen.queryByText(/loading the configuration form/i)).not.toBeInTheDocument(), { timeout: 30_000 });
  for (let round = 0; round < 20; round += 1) {
    const collapsed = screen.queryAllByRole("button", { name: /optional fields/i, expanded: false });
    if (collapsed.length === 0) break;
    collapsed.forEach((button) => fireEvent.click(button));
  }
}

/** The choices of the selector labelled `label`: a drop-down's options, or a radio group's radios. */
function choicesOf(form: HTMLElement, label: string): string[] {
  const select = within(form).queryAllByRole("combobox", { name: labelled(label) })[0];
  if (select instanceof HTMLSelectElement) return Array.from(select.options).map((option) => option.textContent ?? "");
  const group = within(form).getAllByRole("radiogroup", { name: labelled(label) })[0]!;
  return within(group)
    .getAllByRole("radio")
    .map((radio) => document.querySelector(`label[for="${radio.id}"]`)?.textContent?.trim() ?? radio.getAttribute("aria-label") ?? "");
}

test("expects at least ten real specifications, five of them current registry ones", () => {
  expect(Object.keys(KNOWN).length).toBeGreaterThanOrEqual(10);
  expect(Object.keys(KNOWN).filter((name) => name.endsWith("(2026)")).length).toBeGreaterThanOrEqual(5);
});

describe.each(Object.entries(KNOWN))("%s", (_name, known) => {
  it("shows the top-level fields under their labels, and each selector with its choices", async () => {
    await openForm(known.file.spec);
    const form = document.querySelector("form") ?? document.body;
    for (const label of known.labels) {
      expect(within(form as HTMLElement).queryAllByLabelText(labelled(label)).length, `a field labelled "${label}"`).toBeGreaterThan(0);
    }
    for (const [label, choices] of Object.entries(known.choices)) {
      expect(choicesOf(form as HTMLElement, label), label).toEqual(choices);
    }
    for (const name of known.hidden ?? [])
      expect(within(form as HTMLElement).queryAllByLabelText(new RegExp(escape(name), "i"))).toEqual([]);
  });
});

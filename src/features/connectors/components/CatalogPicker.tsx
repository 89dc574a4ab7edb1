import { Badge, Group, SegmentedControl, Stack, Text, TextInput, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { memo, useDeferredValue, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { Link } from "react-router";
import { ConnectorIcon } from "@/components/ConnectorIcon";
import { filterDefinitions, formatVersion, humanSupportLabel, indexDefinitions, supportLabel, supportLevelsOf } from "../lib/catalogFilter";
import type { ConnectorDefinition } from "../lib/types";
import classes from "./CatalogPicker.module.css";

interface CatalogPickerProps {
  definitions: ConnectorDefinition[];
  /** Where choosing a definition leads. */
  hrefFor(definition: ConnectorDefinition): string;
  /** "source" or "destination", for labels. */
  noun: string;
}

const CatalogItem = memo(function CatalogItem({
  definition,
  href,
  tabIndex,
  index,
}: {
  definition: ConnectorDefinition;
  href: string;
  tabIndex: number;
  index: number;
}) {
  const support = supportLabel(definition);
  return (
    <li className={classes.item}>
      <UnstyledButton component={Link} to={href} className={classes.card} tabIndex={tabIndex} data-index={index}>
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ConnectorIcon name={definition.name} icon={definition.icon} size={36} />
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={600} size="sm" className={classes.name}>
              {definition.name}
            </Text>
            <Group gap={6} wrap="wrap">
              <Text size="xs" c="dimmed">
                {formatVersion(definition.dockerImageTag)}
              </Text>
              {support && (
                <Badge
                  size="xs"
                  variant="dot"
                  color={
                    support === "certified" || support === "generally_available" ? "green" : support === "archived" ? "orange" : "gray"
                  }
                >
                  {humanSupportLabel(support)}
                </Badge>
              )}
            </Group>
          </Stack>
        </Group>
      </UnstyledButton>
    </li>
  );
});

/**
 * Searchable, filterable list of connector definitions. Search and filter run on every keystroke
 * against a precomputed index; rendering lags behind typing (useDeferredValue) rather than typing
 * lagging behind rendering. Keyboard: arrow keys move between cards (one tab stop for the whole
 * list), Home/End jump, Enter opens; ArrowDown in the search box enters the list.
 */
export function CatalogPicker({ definitions, hrefFor, noun }: CatalogPickerProps) {
  const [query, setQuery] = useState("");
  const [supportLevel, setSupportLevel] = useState("all");
  const [activeIndex, setActiveIndex] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const indexed = useMemo(() => indexDefinitions(definitions), [definitions]);
  const levels = useMemo(() => supportLevelsOf(definitions), [definitions]);
  const deferredQuery = useDeferredValue(query);
  const results = useMemo(() => filterDefinitions(indexed, { query: deferredQuery, supportLevel }), [indexed, deferredQuery, supportLevel]);
  const active = Math.min(activeIndex, Math.max(0, results.length - 1));

  function focusItem(index: number) {
    const clamped = Math.max(0, Math.min(index, results.length - 1));
    setActiveIndex(clamped);
    listRef.current?.querySelector<HTMLElement>(`[data-index="${clamped}"]`)?.focus();
  }

  function onListKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const current = Number((event.target as HTMLElement).getAttribute("data-index") ?? active);
    const columns = columnsOf(listRef.current);
    const moves: Record<string, number> = {
      ArrowDown: current + columns,
      ArrowUp: current - columns,
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: results.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    if (event.key === "ArrowUp" && current - columns < 0) {
      document.getElementById("catalog-search")?.focus();
      return;
    }
    focusItem(next);
  }

  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          id="catalog-search"
          label={`Search ${noun} connectors`}
          placeholder="Name, e.g. Postgres"
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setActiveIndex(0);
          }}
          onKeyDown={(event) => {
            if (event.key === "ArrowDown" && results.length > 0) {
              event.preventDefault();
              focusItem(0);
            }
            if (event.key === "Enter" && results.length > 0) {
              event.preventDefault();
              listRef.current?.querySelector<HTMLElement>('[data-index="0"]')?.click();
            }
          }}
          aria-describedby="catalog-count"
          style={{ flex: "1 1 260px" }}
          autoComplete="off"
        />
        {levels.length > 1 && (
          <div role="group" aria-labelledby="support-filter-label">
            <Text size="sm" fw={500} id="support-filter-label" mb={4}>
              Support level
            </Text>
            <SegmentedControl
              value={supportLevel}
              onChange={(value) => {
                setSupportLevel(value);
                setActiveIndex(0);
              }}
              data={[{ value: "all", label: "All" }, ...levels.map((level) => ({ value: level, label: humanSupportLabel(level) }))]}
            />
          </div>
        )}
      </Group>
      <Text size="sm" c="dimmed" id="catalog-count" role="status" aria-live="polite">
        {results.length === definitions.length
          ? `${results.length} connectors`
          : `${results.length} of ${definitions.length} connectors match`}
      </Text>
      {results.length === 0 ? (
        <Text>
          No {noun} connector matches “{deferredQuery}”
          {supportLevel !== "all" ? ` with support level ${humanSupportLabel(supportLevel)}` : ""}. Try another name or clear the filter.
        </Text>
      ) : (
        <>
          <VisuallyHidden id="catalog-help">Use the arrow keys to move between connectors and Enter to choose one.</VisuallyHidden>
          <ul
            ref={listRef}
            className={classes.grid}
            aria-label={`${noun} connectors`}
            aria-describedby="catalog-help"
            onKeyDown={onListKeyDown}
          >
            {results.map((definition, index) => (
              <CatalogItem
                key={definition.definitionId}
                definition={definition}
                href={hrefFor(definition)}
                tabIndex={index === active ? 0 : -1}
                index={index}
              />
            ))}
          </ul>
        </>
      )}
    </Stack>
  );
}

/** How many cards sit in one row of the responsive grid (1 on a phone). */
function columnsOf(list: HTMLElement | null): number {
  if (!list || typeof window === "undefined") return 1;
  const template = window.getComputedStyle(list).gridTemplateColumns;
  const count = template ? template.split(" ").filter(Boolean).length : 1;
  return count > 0 ? count : 1;
}

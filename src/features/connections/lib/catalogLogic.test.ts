// Catalog logic on every real catalog in mocks/data/catalogs (loaded generically) plus hand-made
// edge cases: same names in two namespaces, no properties, deep nesting, hostile names.
import { applySchemaChanges } from './applySchemaChanges';
import { CatalogDraft } from './catalogDraft';
import { diffCatalogs } from './catalogDiff';
import { describeChanges, summariseChanges } from './changeSummary';
import { matchStatus, matchText } from './filterStreams';
import { MalformedCatalogError, readCatalog } from './readCatalog';
import { fieldSchemaAt, flattenFields, MAX_FIELD_DEPTH, topLevelFieldNames } from './schemaFields';
import { effectiveCursor, isFieldSelected, pickableFields, requiredTopLevelFields, streamIssues, toggleField, withPair } from './streamRules';
import { pairId, validPairs } from './syncModes';
import { fixtureCatalogs } from './testing/fixtureCatalogs';
import { makeEntry, makeStream, schema } from './testing/builders';
import type { AirbyteCatalog, CatalogEntry, DestinationSyncMode, SyncMode } from './types';

const DESTINATION_MODE_SETS: DestinationSyncMode[][] = [
  ['overwrite', 'append', 'append_dedup'],
  ['overwrite', 'append'],
  ['append'],
  ['overwrite', 'append', 'append_dedup', 'overwrite_dedup'],
];

// The sync-mode pairs a stream must offer, written out by hand (not derived from the code's own
// list): by the source modes the stream lists (none listed reads as full refresh), then by the
// destination's modes. Incremental reads write by appending (plain or deduped); full refreshes
// overwrite (plain or deduped) or append.
const EXPECTED_PAIRS: Record<string, Record<string, string[]>> = {
  full_refresh: {
    'overwrite,append,append_dedup': ['full_refresh:append', 'full_refresh:overwrite'],
    'overwrite,append': ['full_refresh:append', 'full_refresh:overwrite'],
    append: ['full_refresh:append'],
    'overwrite,append,append_dedup,overwrite_dedup': ['full_refresh:append', 'full_refresh:overwrite', 'full_refresh:overwrite_dedup'],
  },
  'full_refresh,incremental': {
    'overwrite,append,append_dedup': ['full_refresh:append', 'full_refresh:overwrite', 'incremental:append', 'incremental:append_dedup'],
    'overwrite,append': ['full_refresh:append', 'full_refresh:overwrite', 'incremental:append'],
    append: ['full_refresh:append', 'incremental:append'],
    'overwrite,append,append_dedup,overwrite_dedup': [
      'full_refresh:append',
      'full_refresh:overwrite',
      'full_refresh:overwrite_dedup',
      'incremental:append',
      'incremental:append_dedup',
    ],
  },
  incremental: {
    'overwrite,append,append_dedup': ['incremental:append', 'incremental:append_dedup'],
    'overwrite,append': ['incremental:append'],
    append: ['incremental:append'],
    'overwrite,append,append_dedup,overwrite_dedup': ['incremental:append', 'incremental:append_dedup'],
  },
};

function sourceModesKey(modes: readonly SyncMode[] | undefined): string {
  return modes && modes.length > 0 ? [...modes].sort().join(',') : 'full_refresh';
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

test('the fixture catalogs are all loaded', () => {
  expect(fixtureCatalogs.length).toBeGreaterThanOrEqual(1);
  for (const { catalog } of fixtureCatalogs) expect(catalog.streams.length).toBeGreaterThan(0);
});

describe.each(fixtureCatalogs)('catalog $name', ({ catalog }) => {
  const entries = readCatalog(catalog);

  test('reads every stream', () => {
    expect(entries).toHaveLength(catalog.streams.length);
  });

  test('offers exactly the sync-mode pairs both sides support', () => {
    for (const { stream } of entries) {
      const bySource = EXPECTED_PAIRS[sourceModesKey(stream.supportedSyncModes)];
      expect(bySource, `${stream.name} lists source modes the table above does not cover`).toBeDefined();
      for (const destinationModes of DESTINATION_MODE_SETS) {
        const offered = validPairs(stream.supportedSyncModes, destinationModes).map(pairId).sort();
        expect(offered, `${stream.name} on ${destinationModes.join(',')}`).toEqual(bySource?.[destinationModes.join(',')]);
      }
    }
  });

  test('lists every property as a field, nested ones with their full path', () => {
    for (const { stream } of entries) {
      const fields = flattenFields(stream.jsonSchema);
      const topLevel = fields.filter((f) => f.depth === 0).map((f) => f.path[0]);
      expect(topLevel).toEqual(topLevelFieldNames(stream.jsonSchema));
      for (const field of fields) {
        expect(fieldSchemaAt(stream.jsonSchema, field.path)).toBeDefined();
        expect(field.path).toHaveLength(field.depth + 1);
      }
    }
  });

  test('source-defined cursors and keys need no choice; others are flagged until chosen', () => {
    for (const { stream, config } of entries) {
      if (!stream.supportedSyncModes?.includes('incremental')) {
        // Read in full only: never asked for a cursor or a primary key.
        const fullRefresh = withPair(stream, { ...config, selected: true }, { syncMode: 'full_refresh', destinationSyncMode: 'overwrite' });
        expect(streamIssues(stream, fullRefresh, ['overwrite', 'append']), stream.name).toEqual([]);
        continue;
      }
      const incremental = withPair(stream, { ...config, selected: true }, { syncMode: 'incremental', destinationSyncMode: 'append_dedup' });
      const codes = streamIssues(stream, incremental, ['append', 'append_dedup']).map((i) => i.code);
      if (stream.sourceDefinedCursor) expect(codes).not.toContain('cursor-missing');
      if (stream.sourceDefinedPrimaryKey?.length) expect(codes).not.toContain('key-missing');

      const userDefined = { ...stream, sourceDefinedCursor: false, defaultCursorField: [], sourceDefinedPrimaryKey: [] };
      const bare = { ...incremental, cursorField: [], primaryKey: [] };
      const bareCodes = streamIssues(userDefined, bare, ['append', 'append_dedup']).map((i) => i.code);
      expect(bareCodes).toEqual(expect.arrayContaining(['cursor-missing', 'key-missing']));

      const candidates = pickableFields(userDefined);
      if (candidates.length === 0) {
        // Nothing to choose from: the stream stays flagged.
        expect(bareCodes, stream.name).toContain('cursor-missing');
        continue;
      }
      const chosen = candidates[candidates.length - 1]!.path; // possibly nested
      const fixed = { ...bare, cursorField: [...chosen], primaryKey: [[...chosen]] };
      expect(streamIssues(userDefined, fixed, ['append', 'append_dedup'])).toEqual([]);
      const unknown = { ...bare, cursorField: ['__not_a_field__'], primaryKey: [['__not_a_field__']] };
      expect(streamIssues(userDefined, unknown, ['append', 'append_dedup']).map((i) => i.code)).toEqual(['cursor-unknown', 'key-unknown']);
      // A disabled stream is never flagged.
      expect(streamIssues(userDefined, { ...bare, selected: false }, ['append', 'append_dedup'])).toEqual([]);
    }
  });

  test('fields the cursor or key need cannot be deselected; others can', () => {
    for (const { stream, config } of entries) {
      const names = topLevelFieldNames(stream.jsonSchema);
      const required = requiredTopLevelFields(stream, config);
      // What the cursor or key needs is always one of the stream's own fields.
      expect([...required].filter((name) => !names.includes(name)), stream.name).toEqual([]);
      for (const name of names) {
        const next = toggleField(stream, config, name, false);
        expect(isFieldSelected(next, name)).toBe(required.has(name));
      }
    }
  });

  test('an unedited draft sends back the catalog it was given; an edit changes one stream only', () => {
    const draft = new CatalogDraft(entries);
    expect(draft.toSyncCatalog()).toEqual({ streams: entries.map((e) => ({ stream: e.stream, config: e.config })) });
    expect(draft.isDirty).toBe(false);
    draft.setSelected([0], !entries[0]!.config.selected);
    const sent = draft.toSyncCatalog();
    expect(sent.streams[0]!.config!.selected).toBe(!entries[0]!.config.selected);
    sent.streams.slice(1).forEach((item, i) => expect(item.config).toBe(entries[i + 1]!.config));
    expect(draft.isDirty).toBe(true);
    draft.setSelected([0], Boolean(entries[0]!.config.selected));
    expect(draft.isDirty).toBe(false);
  });

  test('diff of a catalog with itself is empty; removals, additions and type changes are found', () => {
    expect(diffCatalogs(entries, entries)).toEqual([]);
    const fresh: AirbyteCatalog = clone(catalog);
    const removed = fresh.streams.shift()!;
    const changedStream = fresh.streams[0]!.stream!;
    const props = (changedStream.jsonSchema as unknown as { properties: Record<string, unknown> }).properties;
    const firstField = Object.keys(props)[0]!;
    props[firstField] = { type: 'boolean' === (props[firstField] as { type?: unknown }).type ? 'integer' : 'boolean' };
    props.__brand_new_field = { type: 'string' };
    fresh.streams.push({ stream: { name: 'brand_new_stream', jsonSchema: schema({ id: { type: 'integer' } }) } });

    const changes = diffCatalogs(entries, readCatalog(fresh));
    const byName = new Map(changes.map((c) => [c.name, c]));
    expect(byName.get(removed.stream!.name)?.kind).toBe('removed');
    expect(byName.get('brand_new_stream')?.kind).toBe('added');
    const changed = byName.get(changedStream.name)!;
    expect(changed.fields.map((f) => [f.kind, f.path.join('.')])).toEqual(
      expect.arrayContaining([
        ['type-changed', firstField],
        ['added', '__brand_new_field'],
      ]),
    );
    // Breaking changes come first.
    const firstNonBreaking = changes.findIndex((c) => !c.breaking);
    if (firstNonBreaking >= 0) expect(changes.slice(firstNonBreaking).every((c) => !c.breaking)).toBe(true);
  });
});

describe('streams with the same name in two namespaces', () => {
  const entries = [makeEntry(makeStream({ name: 'users', namespace: 'public' })), makeEntry(makeStream({ name: 'users', namespace: 'archive' })), makeEntry(makeStream({ name: 'users' }))];

  test('are separate streams', () => {
    const draft = new CatalogDraft(entries);
    expect(new Set(draft.keys).size).toBe(3);
    draft.setSelected([1], false);
    expect(draft.toSyncCatalog().streams.map((s) => s.config!.selected)).toEqual([true, false, true]);
    expect(draft.indexOf('archive', 'users')).toBe(1);
    expect(draft.indexOf(undefined, 'users')).toBe(2);
  });

  test('are diffed separately', () => {
    const changes = diffCatalogs(entries, [entries[0]!, entries[2]!]);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ name: 'users', namespace: 'archive', kind: 'removed' });
  });
});

test('a stream without properties has no fields and cannot use a user-chosen cursor', () => {
  const stream = makeStream({ name: 'empty', jsonSchema: schema({}), sourceDefinedCursor: false });
  expect(flattenFields(stream.jsonSchema)).toEqual([]);
  expect(pickableFields(stream)).toEqual([]);
  const config = withPair(stream, { syncMode: 'full_refresh', destinationSyncMode: 'overwrite', selected: true }, { syncMode: 'incremental', destinationSyncMode: 'append' });
  expect(streamIssues(stream, config, ['append']).map((i) => i.code)).toEqual(['cursor-missing']);
  expect(flattenFields(undefined)).toEqual([]);
});

test('very deep nesting is cut off instead of recursing without end', () => {
  let deep: Record<string, unknown> = { type: 'string' };
  for (let i = 0; i < 200; i++) deep = { type: 'object', properties: { [`level${i}`]: deep } };
  const fields = flattenFields(deep);
  expect(fields.length).toBe(MAX_FIELD_DEPTH + 1);
  expect(Math.max(...fields.map((f) => f.depth))).toBe(MAX_FIELD_DEPTH);
});

test('names with markup and emoji are kept as they are, and found by search', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const draft = new CatalogDraft([makeEntry(makeStream({ name: hostile })), makeEntry(makeStream({ name: 'orders 🚀', namespace: 'shop' }))]);
  expect(matchText(draft, '🚀', null)).toEqual([1]);
  expect(matchText(draft, '<img', null)).toEqual([0]);
  expect(draft.toSyncCatalog().streams[0]!.stream!.name).toBe(hostile);
});

test('filters combine text, namespace and status', () => {
  const draft = new CatalogDraft([
    makeEntry(makeStream({ name: 'users', namespace: 'public' })),
    makeEntry(makeStream({ name: 'orders', namespace: 'public' }), { selected: false }),
    makeEntry(makeStream({ name: 'users', namespace: 'archive', sourceDefinedCursor: false }), { syncMode: 'incremental', destinationSyncMode: 'append', cursorField: [] }),
  ]);
  expect(matchText(draft, '', null)).toBeNull();
  expect(matchText(draft, 'USERS', null)).toEqual([0, 2]);
  expect(matchText(draft, '', 'public')).toEqual([0, 1]);
  expect(matchStatus(draft, null, 'disabled')).toEqual([1]);
  expect(matchStatus(draft, matchText(draft, 'users', null), 'enabled')).toEqual([0, 2]);
  expect(matchStatus(draft, null, 'errors')).toEqual([2]);
  expect(draft.enabledCount()).toBe(2);
});

describe('reading catalogs from the server', () => {
  test('explains what is wrong with a malformed catalog', () => {
    expect(() => readCatalog(undefined)).toThrow(MalformedCatalogError);
    expect(() => readCatalog({ streams: 'nope' } as unknown as AirbyteCatalog)).toThrow(/without a list of streams/);
    expect(() => readCatalog({ streams: [{ stream: { jsonSchema: {} } }] } as unknown as AirbyteCatalog)).toThrow(/#1 has no name/);
    expect(() => readCatalog({ streams: [{ config: {} }] } as unknown as AirbyteCatalog)).toThrow(/no stream description/);
  });

  test('gives streams without configuration a default one the destination supports', () => {
    const stream = makeStream({ name: 'events', supportedSyncModes: ['full_refresh', 'incremental'], sourceDefinedCursor: true, defaultCursorField: ['updated_at'], sourceDefinedPrimaryKey: [['id']] });
    const [withDedup] = readCatalog({ streams: [{ stream }] }, { destinationModes: ['overwrite', 'append', 'append_dedup'] });
    expect(withDedup!.config).toMatchObject({ syncMode: 'incremental', destinationSyncMode: 'append_dedup', cursorField: ['updated_at'], primaryKey: [['id']], selected: false });
    const [appendOnly] = readCatalog({ streams: [{ stream }] }, { destinationModes: ['append'] });
    expect(appendOnly!.config).toMatchObject({ syncMode: 'incremental', destinationSyncMode: 'append' });
  });

  test('replaces modes the destination cannot do when asked', () => {
    const entry = makeEntry(makeStream({ name: 'a' }), { syncMode: 'full_refresh', destinationSyncMode: 'overwrite' });
    const [fixed] = readCatalog({ streams: [entry] }, { destinationModes: ['append'], fixUnsupportedModes: true });
    expect(fixed!.config.destinationSyncMode).toBe('append');
    const [kept] = readCatalog({ streams: [entry] }, { destinationModes: ['overwrite'], fixUnsupportedModes: true });
    expect(kept).toBe(entry);
  });
});

describe('schema changes', () => {
  const cursorStream = makeStream({ name: 'orders', sourceDefinedCursor: false, jsonSchema: schema({ id: { type: 'integer' }, updated_at: { type: 'string' }, note: { type: 'string' } }) });
  const saved: CatalogEntry[] = [makeEntry(cursorStream, { syncMode: 'incremental', destinationSyncMode: 'append', cursorField: ['updated_at'] }), makeEntry(makeStream({ name: 'users' }))];

  test('removing the cursor of an enabled stream is breaking and listed first', () => {
    const fresh = [
      makeEntry({ ...cursorStream, jsonSchema: schema({ id: { type: 'integer' }, note: { type: 'string' } }) }),
      makeEntry(makeStream({ name: 'users', jsonSchema: schema({ id: { type: 'integer' }, updated_at: { type: 'string', format: 'date-time' }, extra: { type: 'string' } }) })),
      makeEntry(makeStream({ name: 'refunds' })),
    ];
    const changes = diffCatalogs(saved, fresh);
    expect(changes.map((c) => [c.name, c.kind, c.breaking])).toEqual([
      ['orders', 'changed', true],
      ['users', 'changed', false],
      ['refunds', 'added', false],
    ]);
    expect(changes[0]!.fields[0]).toMatchObject({ kind: 'removed', path: ['updated_at'], breaking: true, reason: 'it is the cursor' });
  });

  test('new streams arrive disabled unless the policy propagates them', () => {
    const fresh = [...saved, makeEntry(makeStream({ name: 'refunds' }))];
    expect(applySchemaChanges(saved, fresh, 'ignore').find((e) => e.stream.name === 'refunds')!.config.selected).toBe(false);
    expect(applySchemaChanges(saved, fresh, 'propagate_columns').find((e) => e.stream.name === 'refunds')!.config.selected).toBe(false);
    expect(applySchemaChanges(saved, fresh, 'propagate_fully').find((e) => e.stream.name === 'refunds')!.config.selected).toBe(true);
    // Existing streams keep their configuration.
    expect(applySchemaChanges(saved, fresh, 'ignore')[0]!.config).toEqual(saved[0]!.config);
  });

  test('field selections drop removed fields and take new ones only when the policy says so', () => {
    const selectedSome = [makeEntry(cursorStream, { fieldSelectionEnabled: true, selectedFields: [{ fieldPath: ['id'] }, { fieldPath: ['note'] }] })];
    const fresh = [makeEntry({ ...cursorStream, jsonSchema: schema({ id: { type: 'integer' }, updated_at: { type: 'string' }, added: { type: 'string' } }) })];
    expect(applySchemaChanges(selectedSome, fresh, 'ignore')[0]!.config.selectedFields).toEqual([{ fieldPath: ['id'] }]);
    expect(applySchemaChanges(selectedSome, fresh, 'propagate_columns')[0]!.config.selectedFields).toEqual([{ fieldPath: ['id'] }, { fieldPath: ['added'] }]);
  });
});

test('the change summary counts what a save changes and which streams need a refresh', () => {
  const a = makeStream({ name: 'a' });
  const b = makeStream({ name: 'b' });
  const c = makeStream({ name: 'c' });
  const before: AirbyteCatalog = { streams: [makeEntry(a), makeEntry(b, { selected: false }), makeEntry(c, { selected: false })] };
  const after: AirbyteCatalog = {
    streams: [makeEntry(a, { syncMode: 'incremental', destinationSyncMode: 'append', cursorField: ['updated_at'] }), makeEntry(b), makeEntry(c)],
  };
  const summary = summariseChanges(before, after);
  expect(summary).toMatchObject({ enabled: 2, disabled: 0, syncModeChanged: 1, needsRefresh: ['a'] });
  expect(describeChanges(summary)).toMatch(/^2 streams enabled, 1 sync mode changed/);
  expect(describeChanges(summariseChanges(before, before))).toBe('No changes to streams');
});

test('effective cursor prefers the source, then the user, then the suggestion', () => {
  const sourceDefined = makeStream({ name: 's', sourceDefinedCursor: true, defaultCursorField: ['updated_at'] });
  expect(effectiveCursor(sourceDefined, { syncMode: 'incremental', destinationSyncMode: 'append', cursorField: ['id'] })).toEqual(['updated_at']);
  const userDefined = makeStream({ name: 'u', defaultCursorField: ['updated_at'] });
  expect(effectiveCursor(userDefined, { syncMode: 'incremental', destinationSyncMode: 'append', cursorField: ['id'] })).toEqual(['id']);
  expect(effectiveCursor(userDefined, { syncMode: 'incremental', destinationSyncMode: 'append' })).toEqual(['updated_at']);
});

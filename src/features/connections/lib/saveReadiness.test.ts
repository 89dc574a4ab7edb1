import { streamsNotReady } from './saveReadiness';

const draft = (enabled: number, issues: number[]) => ({ enabledCount: () => enabled, indexesWithIssues: () => issues });

describe('streamsNotReady', () => {
  it('refuses a catalog with no enabled stream', () => {
    expect(streamsNotReady(draft(0, []))).toEqual({ message: 'Enable at least one stream to sync.', hasStreamErrors: false });
  });

  it('counts the enabled streams that still need a fix', () => {
    expect(streamsNotReady(draft(5, [1]))?.message).toBe('1 enabled stream needs a cursor, a primary key or another fix before saving.');
    expect(streamsNotReady(draft(5, [1, 3, 4]))).toMatchObject({ hasStreamErrors: true, message: expect.stringMatching(/^3 enabled streams need/) });
  });

  it('lets a catalog with enabled, valid streams through', () => {
    expect(streamsNotReady(draft(2, []))).toBeNull();
  });
});

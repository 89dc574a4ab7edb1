// When to poll the server: only while something runs, slower when nobody is looking.
import type { JobReadList } from './types';
import { isJobActive } from './jobState';

export const POLL_VISIBLE_MS = 2_000;
export const POLL_HIDDEN_MS = 15_000;

export function pollInterval(anyActive: boolean, documentHidden: boolean): number | false {
  if (!anyActive) return false;
  return documentHidden ? POLL_HIDDEN_MS : POLL_VISIBLE_MS;
}

export function listHasActiveJob(data: Pick<JobReadList, 'jobs'> | undefined): boolean {
  return Boolean(data?.jobs.some((item) => isJobActive(item.job?.status)));
}

export function isDocumentHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

import { useEffect, useState } from 'react';
import type { CronDescriber } from '../lib/scheduleSummary';

/** Loads the cron libraries only when a cron schedule is on screen; until then lists show the expression. */
export function useCronDescriber(needed: boolean): CronDescriber | undefined {
  const [describer, setDescriber] = useState<{ describe: CronDescriber }>();
  useEffect(() => {
    if (!needed || describer) return;
    let active = true;
    void import('../lib/schedule').then((module) => {
      if (active) setDescriber({ describe: module.describeCron });
    });
    return () => {
      active = false;
    };
  }, [needed, describer]);
  return describer?.describe;
}

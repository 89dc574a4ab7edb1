import { useCallback, useMemo, useState } from "react";
import { useSearchParams, type NavigateOptions } from "react-router";

type Update = URLSearchParams | ((current: URLSearchParams) => URLSearchParams);

/** The query strings this page wrote that the router has not yet caught up with. */
interface Pending {
  /** The latest query string written, shown until the router's location reaches it. */
  search: string;
  /** Query strings the router may still show on its way there: where it was, and each one written since. */
  onTheWay: string[];
}

/**
 * `useSearchParams` for state that controls inputs (search boxes, filters, sort): a change shows at
 * once, and the URL follows.
 *
 * Why: the data router applies a navigation asynchronously and renders it in a transition, so a
 * controlled input bound straight to the URL snaps back to its old value until the navigation lands.
 * A busy browser then loses typed characters (each keystroke builds on the stale value) and a clicked
 * radio stays unchecked for a while. Here the written value is shown until the router reaches it;
 * if the location moves somewhere this page did not write (Back, a link), the location wins.
 */
export function useInstantSearchParams(): [URLSearchParams, (update: Update, options?: NavigateOptions) => void] {
  const [routerParams, setRouterParams] = useSearchParams();
  const [pending, setPending] = useState<Pending | null>(null);
  const routerSearch = routerParams.toString();
  const waiting = pending !== null && pending.search !== routerSearch && pending.onTheWay.includes(routerSearch);
  const shown = waiting ? pending.search : routerSearch;
  const params = useMemo(() => new URLSearchParams(shown), [shown]);

  const setParams = useCallback(
    (update: Update, options?: NavigateOptions) => {
      const next = typeof update === "function" ? update(new URLSearchParams(shown)) : update;
      setPending({ search: next.toString(), onTheWay: waiting ? [...pending.onTheWay, pending.search] : [routerSearch] });
      setRouterParams(next, options);
    },
    [shown, waiting, pending, routerSearch, setRouterParams],
  );

  return [params, setParams];
}

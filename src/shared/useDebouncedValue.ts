import { useEffect, useState } from "react";

/**
 * `value`, once it has stopped changing for `ms`: a search box shows each keystroke at once, while
 * the server is asked once per pause in typing rather than once per character.
 */
export function useDebouncedValue<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}

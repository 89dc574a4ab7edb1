import { IconSearch } from "@tabler/icons-react";
import type { CSSProperties } from "react";
import classes from "./controls.module.css";

interface SearchFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  style?: CSSProperties;
}

/** A search box (native `type="search"`: Escape and the clear button empty it). */
export function SearchField({ label, value, onChange, placeholder, style }: SearchFieldProps) {
  return (
    <div className={classes.searchWrap} style={style}>
      <IconSearch size={16} className={classes.searchIcon} aria-hidden="true" />
      <input
        type="search"
        className={classes.search}
        aria-label={label}
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    </div>
  );
}

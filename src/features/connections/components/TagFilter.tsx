// The connections list's filter by tag, in plain markup (the list is the first screen): a native
// select adds a tag to the filter, each chosen tag shows with a button that takes it off.
import type { Tag } from "@/api/hooks/tags";
import { TagBadge } from "@/components/TagBadge";
import { formatName } from "@/shared/format";
import classes from "./ConnectionList.module.css";

interface TagFilterProps {
  tags: readonly Tag[];
  chosen: readonly string[];
  onChange(tagIds: string[]): void;
}

export function TagFilter({ tags, chosen, onChange }: TagFilterProps) {
  const byId = new Map(tags.map((tag) => [tag.tagId, tag]));
  const left = [...tags].filter((tag) => !chosen.includes(tag.tagId)).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className={classes.tagFilter}>
      {left.length > 0 && (
        <select
          aria-label="Filter by tag"
          className={classes.select}
          value=""
          onChange={(event) => {
            if (event.currentTarget.value) onChange([...chosen, event.currentTarget.value]);
          }}
        >
          <option value="">{chosen.length === 0 ? "Any tag" : "Add a tag"}</option>
          {left.map((tag) => (
            <option key={tag.tagId} value={tag.tagId}>
              {formatName(tag.name)}
            </option>
          ))}
        </select>
      )}
      {chosen.map((id) => {
        const tag = byId.get(id);
        const name = tag ? formatName(tag.name) : "Deleted tag";
        return (
          <TagBadge key={id} name={name} color={tag?.color ?? ""}>
            <button
              type="button"
              className={classes.unfilter}
              aria-label={`Stop filtering by tag ${name}`}
              onClick={() => onChange(chosen.filter((other) => other !== id))}
            >
              ×
            </button>
          </TagBadge>
        );
      })}
    </div>
  );
}

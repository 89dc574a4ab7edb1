// Connector-author markdown (field descriptions), rendered by the one markdown renderer the form
// has: markdown-to-jsx, which RJSF itself depends on. It builds React elements, never HTML strings,
// so text stays text (a <script> in a description is shown, not run); on top of that, every element
// passes through safeElement, an allow-list of elements and attributes: no media (an author's image
// would be unlabelled and could track whoever opens the form), no forms or embedded content, no
// class, id, style or event handler, and links (web and mail only) open in a new tab without opener.
import { Markdown as MarkdownToJsx, type MarkdownToJSX } from "markdown-to-jsx/react";
import { createElement, Fragment, memo, type ReactNode } from "react";
import classes from "./form.module.css";

const DROPPED = new Set([
  "script",
  "style",
  "link",
  "meta",
  "base",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "img",
  "picture",
  "source",
  "video",
  "audio",
  "track",
  "svg",
  "math",
  "form",
  "input",
  "button",
  "select",
  "textarea",
  "template",
  "noscript",
]);

// Help text sits inside the input's description paragraph, where block elements are not allowed:
// blocks are drawn as spans styled as blocks, lists and tables keep their roles.
const BLOCKS: Record<string, { className: string | undefined; role?: string }> = {
  div: { className: classes.mdBlock },
  p: { className: classes.mdBlock },
  h1: { className: classes.mdHeading },
  h2: { className: classes.mdHeading },
  h3: { className: classes.mdHeading },
  h4: { className: classes.mdHeading },
  h5: { className: classes.mdHeading },
  h6: { className: classes.mdHeading },
  blockquote: { className: classes.mdBlock },
  pre: { className: classes.mdPre },
  ul: { className: classes.mdList, role: "list" },
  ol: { className: classes.mdOrderedList, role: "list" },
  li: { className: classes.mdItem, role: "listitem" },
  hr: { className: classes.mdRule, role: "separator" },
  table: { className: classes.mdTable, role: "table" },
  thead: { className: classes.mdRowGroup, role: "rowgroup" },
  tbody: { className: classes.mdRowGroup, role: "rowgroup" },
  tr: { className: classes.mdRow, role: "row" },
  th: { className: classes.mdCell, role: "columnheader" },
  td: { className: classes.mdCell, role: "cell" },
};

// Inline elements drawn as themselves. Everything else an author writes is either a block (above),
// dropped with its content (DROPPED) or unknown: its text is kept, the element is not.
const INLINE = new Set(["a", "abbr", "b", "br", "code", "del", "em", "i", "kbd", "s", "small", "span", "strong", "sub", "sup", "u"]);

// The only attributes an author may set. No class or id: a kit class can lay a page-covering link
// over the form, and an id can duplicate a field's and capture its label or error.
const ATTRIBUTES: Record<string, string[]> = { a: ["href", "title"], abbr: ["title"] };

// Links lead to web pages or mail only (markdown-to-jsx already drops javascript: URLs; this is the allow-list).
const LINK = /^(https?:|mailto:)/i;

function allowedProps(name: string, props: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = { key: props.key };
  for (const attribute of ATTRIBUTES[name] ?? []) {
    const value = props[attribute];
    if (typeof value === "string") kept[attribute] = value;
  }
  return kept;
}

const safeElement: MarkdownToJSX.Options["createElement"] = (tag, props, ...children: ReactNode[]) => {
  if (typeof tag !== "string") return createElement(tag, props, ...children);
  const name = tag.toLowerCase();
  const given = (props ?? {}) as Record<string, unknown>;
  const key = given.key as string | undefined;
  if (DROPPED.has(name)) return null;
  const block = BLOCKS[name];
  if (block) return createElement("span", { key, className: block.className, role: block.role }, ...children);
  if (!INLINE.has(name)) {
    // "<region>.<cloud>.snowflakecomputing.com": placeholders parsed as tags stay readable.
    const empty = children.every((child) => child === undefined || child === null || child === "");
    return createElement(Fragment, { key }, ...(empty ? [`<${tag}>`] : children));
  }
  const kept = allowedProps(name, given);
  if (name === "a") {
    if (typeof kept.href !== "string" || !LINK.test(kept.href.trim())) return createElement(Fragment, { key }, ...children);
    return createElement("a", { ...kept, target: "_blank", rel: "noopener noreferrer" }, ...children);
  }
  return createElement(name, kept, ...children);
};

const OPTIONS: MarkdownToJSX.Options = { createElement: safeElement, wrapper: "span", forceWrapper: true };

// Real help texts are under 1,300 characters (the longest of the 155 fixture specs). A much longer
// one is shown in part: laying out megabytes of text froze the page for seconds (a 5 MB description
// blocked the main thread 1.2 s in the playground), and nobody reads help text that long.
const SHOWN_CHARACTERS = 10_000;

function clipped(text: string): string {
  if (text.length <= SHOWN_CHARACTERS) return text;
  const rest = text.length - SHOWN_CHARACTERS;
  return `${text.slice(0, SHOWN_CHARACTERS)}… (${rest.toLocaleString("en-US")} more characters not shown)`;
}

/** Connector-author markdown, as React elements (see above for what is kept). */
export const Markdown = memo(function Markdown({ text, id }: { text: string; id?: string }) {
  // A span (styled as a block) because Mantine puts help text inside a <p>.
  return (
    <span id={id} className={classes.markdown}>
      <MarkdownToJsx options={OPTIONS}>{clipped(text)}</MarkdownToJsx>
    </span>
  );
});

import { memo } from 'react';
import { renderMarkdown } from '../lib/markdown';
import classes from './form.module.css';

/** Connector-author markdown, sanitised by DOMPurify before it reaches the DOM. */
export const Markdown = memo(function Markdown({ text, id }: { text: string; id?: string }) {
  // Sanitised by renderMarkdown (DOMPurify): the only HTML injected by the form. A span (styled as a
  // block) because Mantine puts help text inside a <p>.
  return <span id={id} className={classes.markdown} dangerouslySetInnerHTML={{ __html: renderMarkdown(text) }} />;
});

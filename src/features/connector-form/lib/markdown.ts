// Field descriptions are markdown written by connector authors: rendered with marked, then
// sanitised with DOMPurify (no scripts, no event handlers, no media: an author's image would be
// unlabelled and could track whoever opens the form); links open in a new tab.
import DOMPurify from 'dompurify';
import { marked } from 'marked';

let hooked = false;
function ensureLinkHook() {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
}

const cache = new Map<string, string>();
const MAX_CACHE = 500;

export function renderMarkdown(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  ensureLinkHook();
  const html = marked.parse(text, { async: false, gfm: true, breaks: false });
  const safe = DOMPurify.sanitize(html, { FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'img', 'video', 'audio', 'object', 'embed'], FORBID_ATTR: ['style'] });
  if (cache.size > MAX_CACHE) cache.clear();
  cache.set(text, safe);
  return safe;
}

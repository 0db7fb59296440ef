// Enough of HTML to read the built page's own head: the tags Vite writes, their attributes
// (quoted either way or bare, names case-insensitive) and the entities it may escape.

export interface Tag {
  attributes: ReadonlyMap<string, string>;
  /** The text up to the closing tag, for elements that have one (an inline script's code). */
  content: string;
}

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') return String.fromCodePoint(entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

export function tagsNamed(html: string, name: string): Tag[] {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const opening = new RegExp(`<${name}(?=[\\s/>])([^>]*)>`, 'gi');
  const tags: Tag[] = [];
  for (const match of withoutComments.matchAll(opening)) {
    const attributes = new Map<string, string>();
    for (const [, attribute = '', doubleQuoted, singleQuoted, bare] of (match[1] ?? '').matchAll(ATTRIBUTE)) {
      const key = attribute.toLowerCase();
      // As in the browser, the first of two attributes with one name wins.
      if (!attributes.has(key)) attributes.set(key, decodeEntities(doubleQuoted ?? singleQuoted ?? bare ?? ''));
    }
    const rest = withoutComments.slice((match.index ?? 0) + match[0].length);
    const close = rest.search(new RegExp(`</${name}\\s*>`, 'i'));
    tags.push({ attributes, content: close === -1 ? '' : rest.slice(0, close) });
  }
  return tags;
}

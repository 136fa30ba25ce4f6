// A strict little reader of the SVG markup the export renderers write (elements, attributes, text; no
// comments, CDATA or DTD), for tests in Node where there is no DOMParser. Throws on unbalanced tags.

export interface SvgNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: SvgNode[];
  /** Text directly inside the element, entities decoded. */
  text: string;
  readonly parent: SvgNode | null;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities; a bare "&" (unescaped text) is an error, as in XML. */
function decode(text: string): string {
  if (/&(?!(amp|lt|gt|quot|apos);)/.test(text)) throw new Error(`unescaped & in ${text.slice(0, 40)}`);
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_m, name: string) => ENTITIES[name] ?? '');
}

/** The root element of `markup` (an XML declaration before it is skipped). */
export function readSvgElements(markup: string): SvgNode {
  const source = markup.replace(/^<\?xml[^?]*\?>\s*/, '');
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  const root: SvgNode = { name: '#document', attrs: {}, children: [], text: '', parent: null };
  let current = root;
  let end = 0;
  for (let m = tag.exec(source); m !== null; m = tag.exec(source)) {
    end = tag.lastIndex;
    const [, closing, name, attrText, selfClosing, text] = m;
    if (text !== undefined) {
      if (current === root && text.trim() !== '') throw new Error('text outside the root element');
      current.text += decode(text);
      continue;
    }
    if (closing === '/') {
      if (current.name !== name) throw new Error(`</${name}> closes <${current.name}>`);
      current = current.parent ?? root;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (attrText ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1] ?? ''] = decode(a[2] ?? '');
    const node: SvgNode = { name: name ?? '', attrs, children: [], text: '', parent: current };
    current.children.push(node);
    if (selfClosing !== '/') current = node;
  }
  if (end !== source.length) throw new Error(`unreadable markup at ${end}: ${source.slice(end, end + 40)}`);
  if (current !== root) throw new Error(`<${current.name}> is not closed`);
  const [element, ...rest] = root.children;
  if (element === undefined || rest.length > 0) throw new Error('expected one root element');
  return element;
}

/** Every element below `node` (depth first, document order) with the given name. */
export function findSvgElements(node: SvgNode, name: string): SvgNode[] {
  const found: SvgNode[] = [];
  const visit = (n: SvgNode): void => {
    for (const child of n.children) {
      if (child.name === name) found.push(child);
      visit(child);
    }
  };
  visit(node);
  return found;
}

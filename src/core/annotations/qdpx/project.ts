/**
 * A REFI-QDA project (`project.qde`, namespace urn:QDA-XML:project:1.0) read into plain data:
 * users, the nested codebook, text sources with their selections, codings and notes. Only
 * what Policy Lens can use is read; what it cannot (pictures, audio, PDF sources, sets,
 * graphs) is counted in `ignored` so the import can say so instead of dropping it silently.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';

export const QDA_NS = 'urn:QDA-XML:project:1.0';

/** A code with its place in the hierarchy (`path` = names from the root). */
export interface QdaCode {
  readonly guid: string;
  readonly path: readonly string[];
  readonly color?: string;
  readonly description?: string;
  readonly noteGuids: readonly string[];
}

/** One coding of a selection: which code, by whom, when. */
export interface QdaCoding {
  readonly codeGuid: string;
  readonly user?: string;
  readonly created?: string;
}

/** A PlainTextSelection; positions are Unicode code points into the source text. */
export interface QdaSelection {
  readonly guid: string;
  readonly start: number;
  readonly end: number;
  readonly user?: string;
  readonly created?: string;
  readonly modified?: string;
  readonly description?: string;
  readonly codings: readonly QdaCoding[];
  readonly noteGuids: readonly string[];
}

/** A text source: its text is embedded, or at `plainTextPath` (internal://, relative://, absolute://). */
export interface QdaTextSource {
  readonly guid: string;
  readonly name: string;
  readonly content?: string;
  readonly plainTextPath?: string;
  readonly description?: string;
  readonly selections: readonly QdaSelection[];
  readonly noteGuids: readonly string[];
}

/** A note (memo): its text, embedded or by path, and who wrote it. */
export interface QdaNote {
  readonly guid: string;
  readonly name?: string;
  readonly content?: string;
  readonly plainTextPath?: string;
  readonly user?: string;
}

/** The parts of a project the import uses. */
export interface QdaProject {
  readonly name: string;
  readonly origin?: string;
  readonly basePath?: string;
  readonly users: ReadonlyMap<string, string>;
  readonly codes: readonly QdaCode[];
  readonly sources: readonly QdaTextSource[];
  readonly notes: ReadonlyMap<string, QdaNote>;
  /** Element names the import does not take, with how many there were. */
  readonly ignored: ReadonlyMap<string, number>;
}

/** The XML is not a REFI-QDA project, with the parser's reason. */
export class QdaFormatError extends Error {
  constructor(detail: string) {
    super(`REFI-QDA project: ${detail}`);
    this.name = 'QdaFormatError';
  }
}

const elements = (el: Element): Element[] => {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).namespaceURI === QDA_NS) out.push(n as Element);
  return out;
};
const children = (el: Element, name: string): Element[] => elements(el).filter((e) => e.localName === name);
const child = (el: Element, name: string): Element | undefined => children(el, name)[0];
const attr = (el: Element, name: string): string | undefined => (el.hasAttribute(name) ? el.getAttribute(name) ?? undefined : undefined);
const text = (el: Element | undefined): string | undefined => (el ? el.textContent ?? '' : undefined);
const guid = (el: Element): string => (attr(el, 'guid') ?? '').toUpperCase();
const refs = (el: Element, name: string): string[] => children(el, name).map((r) => (attr(r, 'targetGUID') ?? '').toUpperCase());

function readCodes(parent: Element, path: readonly string[], out: QdaCode[]): void {
  for (const c of children(parent, 'Code')) {
    const here = [...path, attr(c, 'name') ?? ''];
    const color = attr(c, 'color');
    const description = text(child(c, 'Description'));
    out.push({ guid: guid(c), path: here, ...(color ? { color } : {}), ...(description ? { description } : {}), noteGuids: refs(c, 'NoteRef') });
    readCodes(c, here, out);
  }
}

function readSelection(s: Element): QdaSelection {
  const int = (name: string): number => {
    const v = Number(attr(s, name));
    if (!Number.isInteger(v) || v < 0) throw new QdaFormatError(`PlainTextSelection ${guid(s)} has no valid ${name}`);
    return v;
  };
  const description = text(child(s, 'Description'));
  return {
    guid: guid(s), start: int('startPosition'), end: int('endPosition'),
    ...(attr(s, 'creatingUser') ? { user: attr(s, 'creatingUser')!.toUpperCase() } : {}),
    ...(attr(s, 'creationDateTime') ? { created: attr(s, 'creationDateTime')! } : {}),
    ...(attr(s, 'modifiedDateTime') ? { modified: attr(s, 'modifiedDateTime')! } : {}),
    ...(description ? { description } : {}),
    codings: children(s, 'Coding').map((c) => {
      const ref = child(c, 'CodeRef');
      return { codeGuid: ref ? (attr(ref, 'targetGUID') ?? '').toUpperCase() : '', ...(attr(c, 'creatingUser') ? { user: attr(c, 'creatingUser')!.toUpperCase() } : {}), ...(attr(c, 'creationDateTime') ? { created: attr(c, 'creationDateTime')! } : {}) };
    }),
    noteGuids: refs(s, 'NoteRef'),
  };
}

/** Parse `project.qde` text. Throws {@link QdaFormatError} when it is not well-formed or not a project. */
export function readQdaProject(xml: string): QdaProject {
  const errors: string[] = [];
  let doc;
  try {
    doc = new DOMParser({ onError: (level, message) => { if (level !== 'warning') errors.push(message); } }).parseFromString(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml, 'text/xml');
  } catch (e) {
    throw new QdaFormatError(`not well-formed XML: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (errors.length) throw new QdaFormatError(`not well-formed XML: ${errors[0]}`);
  const root = doc.documentElement;
  if (!root || root.localName !== 'Project' || root.namespaceURI !== QDA_NS) throw new QdaFormatError(`the root element must be <Project xmlns="${QDA_NS}">`);
  const users = new Map<string, string>();
  for (const u of children(child(root, 'Users') ?? root, 'User')) users.set(guid(u), attr(u, 'name') ?? attr(u, 'id') ?? guid(u));
  const codes: QdaCode[] = [];
  const codebook = child(root, 'CodeBook');
  if (codebook) readCodes(child(codebook, 'Codes') ?? codebook, [], codes);
  const ignored = new Map<string, number>();
  const sources: QdaTextSource[] = [];
  const sourcesEl = child(root, 'Sources');
  for (const el of sourcesEl ? elements(sourcesEl) : []) {
    if (el.localName !== 'TextSource') { ignored.set(el.localName ?? '?', (ignored.get(el.localName ?? '?') ?? 0) + 1); continue; }
    const content = text(child(el, 'PlainTextContent'));
    const description = text(child(el, 'Description'));
    sources.push({
      guid: guid(el), name: attr(el, 'name') ?? guid(el),
      ...(content !== undefined ? { content } : {}),
      ...(attr(el, 'plainTextPath') ? { plainTextPath: attr(el, 'plainTextPath')! } : {}),
      ...(description ? { description } : {}),
      selections: children(el, 'PlainTextSelection').map(readSelection),
      noteGuids: refs(el, 'NoteRef'),
    });
    const whole = children(el, 'Coding').length;
    if (whole) ignored.set('Coding of a whole source', (ignored.get('Coding of a whole source') ?? 0) + whole);
  }
  const notes = new Map<string, QdaNote>();
  for (const n of children(child(root, 'Notes') ?? root, 'Note')) {
    const content = text(child(n, 'PlainTextContent'));
    notes.set(guid(n), { guid: guid(n), ...(attr(n, 'name') ? { name: attr(n, 'name')! } : {}), ...(content !== undefined ? { content } : {}), ...(attr(n, 'plainTextPath') ? { plainTextPath: attr(n, 'plainTextPath')! } : {}), ...(attr(n, 'creatingUser') ? { user: attr(n, 'creatingUser')!.toUpperCase() } : {}) });
  }
  for (const name of ['Cases', 'Variables', 'Sets', 'Graphs', 'Links']) if (child(root, name)) ignored.set(name, 1);
  return { name: attr(root, 'name') ?? '', ...(attr(root, 'origin') ? { origin: attr(root, 'origin')! } : {}), ...(attr(root, 'basePath') ? { basePath: attr(root, 'basePath')! } : {}), users, codes, sources, notes, ignored };
}

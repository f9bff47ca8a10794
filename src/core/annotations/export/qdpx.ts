/**
 * REFI-QDA project export (`.qdpx`), readable by ATLAS.ti, MAXQDA, NVivo, QDA Miner and
 * others: a zip with `project.qde` (XML, namespace urn:QDA-XML:project:1.0) and each coded
 * document as `sources/<guid>.txt`. Codes nest by tag hierarchy; each annotation is a
 * PlainTextSelection with one Coding per tag and its note as Description. REFI-QDA counts
 * positions in Unicode code points, so UTF-16 offsets are converted. A code's name is the last
 * segment of its tag id (so an import rebuilds the same ids); memos on codes and documents
 * travel as Notes referenced from the Code and the TextSource. Users are the annotations'
 * authors; an annotation without one is written without a creating user.
 */
import { strToU8, zipSync } from 'fflate';
import type { Annotation } from '../types';
import { resolveTags, type Codebook, type ResolvedTag } from '../codebook';
import { stableUuid } from '../ids';
import { CodePointIndex } from './codePoints';
import { attrs, xmlText } from './xml';

/** What a REFI-QDA export needs. */
export interface QdpxInput {
  readonly annotations: readonly Annotation[];
  /** Current text of each annotated document; documents without text are skipped and reported. */
  readonly textOf: (path: string) => string | undefined;
  readonly codebook?: Codebook;
  /** Memo of each document (Markdown); documents with a memo are exported even without annotations. */
  readonly documentMemos?: ReadonlyMap<string, string>;
  readonly projectName?: string;
  readonly now?: Date;
}

/** The zip bytes plus the annotations that could not be exported, with why. */
export interface QdpxResult {
  readonly zip: Uint8Array;
  readonly projectXml: string;
  readonly skipped: readonly { readonly id: string; readonly reason: string }[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const guidOf = (kind: string, key: string): string => stableUuid(`${kind}:${key}`).toUpperCase();

const noteRef = (key: string, indent: string): string => `${indent}<NoteRef${attrs({ targetGUID: guidOf('note', key) })}/>\n`;

function codesXml(tags: readonly ResolvedTag[], parent: string | undefined, indent: string): string {
  return tags.filter((t) => t.parent === parent).map((t) => {
    const name = t.id.slice(t.id.lastIndexOf('/') + 1);
    const inner = (t.description ? `${indent}  <Description>${xmlText(t.description)}</Description>\n` : '') +
      (t.memo ? noteRef(`code:${t.id}`, indent + '  ') : '') + codesXml(tags, t.id, indent + '  ');
    const open = `${indent}<Code${attrs({ guid: guidOf('code', t.id), name, isCodable: true, color: t.color })}`;
    return inner ? `${open}>\n${inner}${indent}</Code>\n` : `${open}/>\n`;
  }).join('');
}

/** Build the `.qdpx` archive for `input`. */
export function toQdpx(input: QdpxInput): QdpxResult {
  const now = (input.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const skipped: { id: string; reason: string }[] = [];
  const usable: Annotation[] = [];
  const texts = new Map<string, string>();
  for (const a of input.annotations) {
    const text = texts.get(a.target.source) ?? input.textOf(a.target.source);
    const p = a.target.selector[1];
    if (text === undefined) skipped.push({ id: a.id, reason: `no text for ${a.target.source}` });
    else if (a.status === 'orphaned') skipped.push({ id: a.id, reason: 'orphaned: its passage is no longer in the document' });
    else if (p.end > text.length || p.start >= p.end) skipped.push({ id: a.id, reason: 'position outside the current text' });
    else {
      texts.set(a.target.source, text);
      usable.push(a);
    }
  }
  const own = input.codebook?.tags.filter((t) => !t.implied) ?? [];
  const known = new Set(own.map((t) => t.id));
  const tags = resolveTags([...own, ...[...new Set(usable.flatMap((a) => a.tags))].filter((id) => !known.has(id)).map((id) => ({ id }))]);
  for (const path of input.documentMemos?.keys() ?? []) {
    const text = texts.get(path) ?? input.textOf(path);
    if (text !== undefined) texts.set(path, text);
  }
  const users = [...new Set(usable.flatMap((a) => (a.author !== undefined ? [a.author] : [])))].sort();
  const userAttr = (a: Annotation, name: 'creatingUser' | 'modifyingUser'): Record<string, string> => (a.author !== undefined ? { [name]: guidOf('user', a.author) } : {});
  const notes: string[] = [];
  const addNote = (key: string, name: string, text: string): void => {
    notes.push(`    <Note${attrs({ guid: guidOf('note', key), name, creationDateTime: now })}>\n      <PlainTextContent>${xmlText(text)}</PlainTextContent>\n    </Note>\n`);
  };
  for (const t of tags) if (t.memo) addNote(`code:${t.id}`, `Memo: ${t.id}`, t.memo);
  const files: Record<string, Uint8Array> = {};
  const sources: string[] = [];
  for (const path of [...texts.keys()].sort()) {
    const text = texts.get(path)!;
    const guid = guidOf('source', path);
    files[`sources/${guid}.txt`] = strToU8(text);
    const cp = new CodePointIndex(text);
    const selections = usable.filter((a) => a.target.source === path)
      .sort((x, y) => x.target.selector[1].start - y.target.selector[1].start || (x.id < y.id ? -1 : 1))
      .map((a) => {
        const [q, p] = a.target.selector;
        const codings = a.tags.map((tag) => `        <Coding${attrs({ guid: guidOf('coding', `${a.id}/${tag}`), ...userAttr(a, 'creatingUser'), creationDateTime: a.created })}>\n          <CodeRef${attrs({ targetGUID: guidOf('code', tag) })}/>\n        </Coding>\n`).join('');
        const description = a.note !== undefined ? `        <Description>${xmlText(a.note)}</Description>\n` : '';
        const name = q.exact.length > 60 ? q.exact.slice(0, 60) + '…' : q.exact;
        return `      <PlainTextSelection${attrs({
          guid: UUID.test(a.id) ? a.id.toUpperCase() : guidOf('selection', a.id), name,
          startPosition: cp.toCodePoint(p.start), endPosition: cp.toCodePoint(p.end),
          ...userAttr(a, 'creatingUser'), creationDateTime: a.created, ...userAttr(a, 'modifyingUser'), modifiedDateTime: a.modified,
        })}>\n${description}${codings}      </PlainTextSelection>\n`;
      }).join('');
    const memo = input.documentMemos?.get(path);
    if (memo) addNote(`doc:${path}`, `Memo: ${path}`, memo);
    sources.push(`    <TextSource${attrs({ guid, name: path, plainTextPath: `internal://${guid}.txt`, creationDateTime: now })}>\n${selections}${memo ? noteRef(`doc:${path}`, '      ') : ''}    </TextSource>\n`);
  }
  const projectXml = '<?xml version="1.0" encoding="utf-8"?>\n' +
    `<Project${attrs({ name: input.projectName ?? 'Policy Lens export', origin: 'Policy Lens', creationDateTime: now, xmlns: 'urn:QDA-XML:project:1.0' })}>\n` +
    // REFI-QDA requires at least one child in each of these, so empty ones are left out.
    (users.length ? `  <Users>\n${users.map((u) => `    <User${attrs({ guid: guidOf('user', u), name: u })}/>\n`).join('')}  </Users>\n` : '') +
    (tags.length ? `  <CodeBook>\n    <Codes>\n${codesXml(tags, undefined, '      ')}    </Codes>\n  </CodeBook>\n` : '') +
    (sources.length ? `  <Sources>\n${sources.join('')}  </Sources>\n` : '') +
    (notes.length ? `  <Notes>\n${notes.join('')}  </Notes>\n` : '') + '</Project>\n';
  files['project.qde'] = strToU8(projectXml);
  // Fixed timestamps keep repeated exports byte-identical.
  const zip = zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
  return { zip, projectXml, skipped };
}

/**
 * Editing `.policylens/catalog.yaml` without losing anything the researcher wrote: edits go
 * through the YAML document model so comments, key order and other entries survive, and a
 * file that does not parse is refused rather than rewritten.
 */
import { Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { Problem } from '../types';
import { safeRelativePath } from '../ports';
import { CatalogField, checkCatalogValue, DEFAULT_CATALOG_PATH, parseCatalog } from './catalog';

/** Why a catalog edit was refused; `problems` says where the file is broken, if it is. */
export class CatalogEditError extends Error {
  constructor(message: string, readonly catalogPath: string, readonly problems: readonly Problem[] = []) {
    super(message);
    this.name = 'CatalogEditError';
  }
}

/**
 * Return `sourceText` with `documents[path][field]` set to `value` (or removed when `value`
 * is undefined). An empty or missing catalog (`''`) gets a fresh `version: 1` skeleton.
 * Throws CatalogEditError when the file is broken or the value is invalid.
 */
export function setDocumentField(
  sourceText: string,
  path: string,
  field: CatalogField,
  value: string | readonly string[] | undefined,
  catalogPath = DEFAULT_CATALOG_PATH,
): string {
  const key = safeRelativePath(path);
  const parsed = parseCatalog(sourceText, catalogPath);
  if (parsed.broken) {
    const first = parsed.problems.find((p) => p.severity === 'error');
    const where = first?.line !== undefined ? ` (line ${first.line + 1}: ${first.message})` : '';
    throw new CatalogEditError(`${catalogPath} is broken; fix it before editing${where}`, catalogPath, parsed.problems);
  }
  let cleaned: unknown;
  if (value !== undefined) {
    const checked = checkCatalogValue(field, value);
    if ('error' in checked) throw new CatalogEditError(`Cannot set ${field} of ${key}: ${checked.error}`, catalogPath);
    cleaned = checked.value;
  }

  // Keys were checked (linearly) by parseCatalog; the library's own check is quadratic.
  const doc = sourceText.trim() ? parseDocument(sourceText, { uniqueKeys: false }) : freshCatalog();
  if (doc.contents === null) {
    // Only comments: keep them and add the skeleton below.
    const fresh = freshCatalog();
    fresh.commentBefore = doc.commentBefore ?? doc.comment;
    return applyEdit(fresh, key, field, cleaned, catalogPath);
  }
  return applyEdit(doc, key, field, cleaned, catalogPath);
}

function freshCatalog(): Document {
  const doc = new Document({ version: 1, documents: {} });
  return doc;
}

function applyEdit(doc: Document, key: string, field: CatalogField, value: unknown, catalogPath: string): string {
  const docs = doc.get('documents', true);
  if (docs === undefined || (isScalar(docs) && docs.value === null)) doc.set('documents', doc.createNode({}));
  const existingKey = findEntryKey(doc, key);
  const entry = doc.getIn(['documents', existingKey], true);
  if (entry !== undefined && !(isScalar(entry) && entry.value === null) && !isMap(entry)) {
    throw new CatalogEditError(`The catalog entry for ${key} is not a mapping; fix it by hand`, catalogPath);
  }
  if (value === undefined) {
    if (isMap(entry)) entry.delete(field);
    return doc.toString();
  }
  if (!isMap(entry)) doc.setIn(['documents', existingKey], doc.createNode({}));
  const node = doc.createNode(value);
  if (isSeq(node)) node.flow = true;
  doc.setIn(['documents', existingKey, field], node);
  return doc.toString();
}

/** The key as written in the file (`./a.md` and `a.md` name the same document). */
function findEntryKey(doc: Document, key: string): string {
  const docs = doc.get('documents', true);
  if (!isMap(docs)) return key;
  for (const pair of docs.items) {
    if (!isScalar(pair.key)) continue;
    const raw = String(pair.key.value);
    try {
      if (safeRelativePath(raw) === key) return raw;
    } catch {
      // an invalid key elsewhere is reported by parseCatalog, not here
    }
  }
  return key;
}

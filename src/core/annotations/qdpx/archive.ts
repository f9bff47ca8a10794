/**
 * Opening a `.qdpx` (a zip with `project.qde` and `sources/`) or a bare `.qde`, and reading
 * source and note texts from wherever their `plainTextPath` points.
 */
import { strFromU8, unzipSync } from 'fflate';
import { decodeBytes } from '../../text/decode';
import { QdaFormatError, readQdaProject, type QdaNote, type QdaProject, type QdaTextSource } from './project';
import { parseSourcePath, type SourceLocation } from './sourcePath';

/** A project and a way to read the texts it refers to. */
export interface OpenedProject {
  readonly project: QdaProject;
  readonly readText: (item: QdaTextSource | QdaNote) => string | undefined;
  /** Texts that were referred to but could not be read, one line each. */
  readonly unreadable: string[];
}

/** Reads a file outside the archive (relative:// or absolute://); undefined when it cannot. */
export type ExternalReader = (location: Exclude<SourceLocation, { kind: 'internal' }>) => Uint8Array | undefined;

const isZip = (b: Uint8Array): boolean => b.length > 3 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Open `.qdpx` or `.qde` bytes. Throws {@link QdaFormatError} for anything else. */
export function openProject(bytes: Uint8Array, external: ExternalReader = () => undefined): OpenedProject {
  let entries: Record<string, Uint8Array> = {};
  let xmlBytes = bytes;
  if (isZip(bytes)) {
    try {
      entries = unzipSync(bytes);
    } catch (e) {
      throw new QdaFormatError(`the archive cannot be unzipped: ${e instanceof Error ? e.message : String(e)}`);
    }
    const qde = Object.keys(entries).filter((n) => /\.qde$/i.test(n)).sort((a, b) => a.split('/').length - b.split('/').length)[0];
    if (!qde) throw new QdaFormatError('the archive has no project.qde');
    xmlBytes = entries[qde];
  }
  const decoded = decodeBytes(xmlBytes);
  if (!decoded.ok) throw new QdaFormatError('project.qde is not text');
  const project = readQdaProject(isZip(bytes) ? strFromU8(xmlBytes) : decoded.text);
  const unreadable: string[] = [];
  const decode = (b: Uint8Array | undefined): string | undefined => {
    if (!b) return undefined;
    const d = decodeBytes(b);
    return d.ok ? d.text : undefined;
  };
  const internal = (name: string): Uint8Array | undefined => {
    const want = name.replace(/^\/+/, '').toLowerCase();
    const key = Object.keys(entries).find((k) => k.toLowerCase() === `sources/${want}` || k.toLowerCase() === want);
    return key ? entries[key] : undefined;
  };
  const readText = (item: QdaTextSource | QdaNote): string | undefined => {
    if (item.plainTextPath === undefined) return undefined;
    const loc = parseSourcePath(item.plainTextPath, project.basePath);
    const text = loc === undefined ? undefined : decode(loc.kind === 'internal' ? internal(loc.name) : external(loc));
    if (text === undefined) unreadable.push(`cannot read ${item.plainTextPath} (${'name' in item && item.name ? item.name : item.guid})`);
    return text;
  };
  return { project, readText, unreadable };
}

/** Which files the importer takes, by extension. */

export type ImportKind = 'pdf' | 'html' | 'docx';

/** The glob of importable files, for listing and for menus. */
export const IMPORTABLE_GLOB = '**/*.{pdf,PDF,html,htm,HTML,HTM,docx,DOCX}';

/** The kind of an importable file, or undefined. */
export function importKind(path: string): ImportKind | undefined {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === 'pdf') return 'pdf';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'docx') return 'docx';
  return undefined;
}

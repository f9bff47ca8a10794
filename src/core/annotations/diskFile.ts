/**
 * Reading one document's annotation file through a FilePort: missing means empty, unreadable
 * or invalid becomes an {@link AnnotationFileError} naming the file, and a file whose `source`
 * is another document is refused (it was copied or renamed by hand).
 */
import type { FilePort } from '../ports';
import type { AnnotationFile } from './types';
import { AnnotationFileError } from './errors';
import { annotationFilePath, emptyAnnotationFile, parseAnnotationFile } from './store';
import { countAnnotationsInText } from './unreadable';

const decoder = new TextDecoder('utf-8');

/** Parse the bytes of `docPath`'s annotation file; throws AnnotationFileError when invalid. */
export function parseAnnotationBytes(docPath: string, bytes: Uint8Array): AnnotationFile {
  const path = annotationFilePath(docPath);
  const file = parseAnnotationFile(path, decoder.decode(bytes));
  if (file.source !== docPath) {
    throw new AnnotationFileError({ path, severity: 'error', message: `"source" is ${JSON.stringify(file.source)} but the file belongs to ${docPath}`, line: 0, column: 0 });
  }
  return file;
}

/** The annotation file of `docPath` as it is on disk now (empty when there is none). */
export async function readAnnotationFileOf(files: FilePort, docPath: string): Promise<AnnotationFile> {
  const path = annotationFilePath(docPath);
  if (!(await files.stat(path))) return emptyAnnotationFile(docPath);
  let bytes: Uint8Array;
  try {
    bytes = await files.readFile(path);
  } catch (e) {
    throw new AnnotationFileError({ path, severity: 'error', message: `cannot read: ${e instanceof Error ? e.message : String(e)}` });
  }
  return parseAnnotationBytes(docPath, bytes);
}

/** For a corrupt file: about how many annotations it holds that could not be read (0 when unknown). */
export async function countUnreadableOnDisk(files: FilePort, docPath: string): Promise<number> {
  try {
    return countAnnotationsInText(decoder.decode(await files.readFile(annotationFilePath(docPath))));
  } catch {
    return 0;
  }
}

/**
 * `policy-lens link <dir> <path> --quote Q [--occurrence N] --to <path2> --to-quote Q2
 * [--to-occurrence M] --relation R`: link a passage to another one from a script. The link is
 * added to the annotation on exactly that passage when there is one, else a new annotation
 * (without tags) is made for it; prints the annotation's id. The target is stored with quote
 * and position selectors, so it is re-anchored like an annotation.
 */
import { parseArgs } from 'node:util';
import { safeRelativePath, type FilePort } from '../../core/ports';
import { AnnotationStore } from '../../core/annotations/service';
import { createLinkTarget } from '../../core/annotations/selectors';
import { LINK_RELATIONS, type AnnotationLink, type LinkRelation } from '../../core/annotations/types';
import { readDocumentText, runInDir } from '../dirCommand';
import { chooseOccurrence } from './annotate';

const USAGE = `usage: policy-lens link <dir> <path> --quote "<exact>" [--occurrence N] --to <path2> --to-quote "<exact>" [--to-occurrence M] --relation ${LINK_RELATIONS.join('|')}`;

async function textOf(files: FilePort, path: string): Promise<string> {
  const text = await readDocumentText(files, path);
  if (text === undefined) throw new Error(`${path}: no such document, or it cannot be decoded`);
  return text;
}

/** The command over an arbitrary FilePort; `args` start after `<dir>`. */
export async function runWith(files: FilePort, args: string[], out: (s: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      quote: { type: 'string' }, occurrence: { type: 'string' }, to: { type: 'string' }, 'to-quote': { type: 'string' },
      'to-occurrence': { type: 'string' }, relation: { type: 'string' }, author: { type: 'string' },
    },
    allowPositionals: true,
  });
  if (positionals.length !== 1 || !values.quote || !values.to || !values['to-quote'] || !values.relation) {
    out(USAGE);
    return 2;
  }
  if (!LINK_RELATIONS.includes(values.relation as LinkRelation)) throw new Error(`--relation must be one of ${LINK_RELATIONS.join(', ')}`);
  const path = safeRelativePath(positionals[0]);
  const toPath = safeRelativePath(values.to);
  const text = await textOf(files, path);
  const toText = await textOf(files, toPath);
  const span = chooseOccurrence(path, text, values.quote, values.occurrence, '--occurrence');
  const toSpan = chooseOccurrence(toPath, toText, values['to-quote'], values['to-occurrence'], '--to-occurrence');
  const link: AnnotationLink = { target: createLinkTarget(toPath, toText, toSpan.start, toSpan.end), relation: values.relation as LinkRelation };
  const store = new AnnotationStore(files, { author: values.author ?? process.env.POLICY_LENS_AUTHOR });
  const existing = (await store.load(path)).find((a) => a.target.selector[1].start === span.start && a.target.selector[1].end === span.end && a.status !== 'orphaned');
  if (existing) {
    await store.addLink(path, existing.id, link);
    out(existing.id);
  } else {
    out((await store.add(path, text, span, { links: [link] })).id);
  }
  return 0;
}

export const run = runInDir(USAGE, runWith);

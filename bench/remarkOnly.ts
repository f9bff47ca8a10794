/**
 * The parser-bound reference: the same files through unified + remark-parse alone (no
 * front matter or GFM plugins, no walk), decoded from the same bytes.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { BenchCorpus } from './corpusSetup';
import { mbps, now } from './stats';

/** MB/s of UTF-8 input through `unified().use(remarkParse).parse`. */
export function remarkOnlyThroughput(corpus: BenchCorpus): { mbps: number; ms: number } {
  const processor = unified().use(remarkParse).freeze();
  const decoder = new TextDecoder('utf-8');
  const t0 = now();
  let nodes = 0;
  for (const f of corpus.files.files.values()) nodes += processor.parse(decoder.decode(f.data)).children.length;
  const ms = now() - t0;
  if (nodes === 0) throw new Error('remark parsed nothing');
  return { mbps: mbps(corpus.bytes, ms), ms };
}

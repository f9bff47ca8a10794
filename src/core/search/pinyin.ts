/**
 * Pinyin spellings of Chinese names and headings (pinyin-pro), so `xue lan` finds 薛澜 and
 * `rengong zhineng` a heading on 人工智能. Only short strings are spelled out — entity names,
 * titles and headings — which keeps the passage index and its build time as they were.
 */
type PinyinLib = typeof import('pinyin-pro');

let lib: PinyinLib | undefined;

/**
 * pinyin-pro (with its dictionary, about 300 KB) is loaded on first use: a corpus without
 * Chinese names or headings never loads it, and activation never waits for it. The
 * extension build ships it as a file of its own beside the bundle.
 */
function pinyinLib(): PinyinLib {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (lib ??= require('pinyin-pro') as PinyinLib);
}

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
/** Longer strings are prose, not names: not spelled out. */
const MAX_LENGTH = 40;

/**
 * The toneless pinyin of `text`, each run of Chinese characters spelled as one word
 * (`薛澜` → `xuelan`, so a lone syllable such as `xue` does not match every name holding
 * 学) and other text kept, or undefined when `text` has no Chinese characters or is too
 * long to be a name or heading.
 */
export function pinyinOf(text: string): string | undefined {
  if (text.length > MAX_LENGTH || !HAN.test(text)) return undefined;
  let spelled = cache.get(text);
  if (spelled === undefined) {
    // Reverse maximum matching (segmentit 2): the same readings for names and headings as
    // the default segmentation here, at a fraction of its cost (indexing spells every heading).
    spelled = text.replace(HAN_RUN, (run) => ` ${(pinyinLib().pinyin(run, { toneType: 'none', type: 'array', v: true, segmentit: 2 }) as string[]).join('')} `)
      .replace(/\s+/g, ' ').trim();
    // Rows of consecutive keystrokes repeat: remember spellings (bounded, oldest out first).
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(text, spelled);
  }
  return spelled;
}

const CACHE_SIZE = 4096;
const cache = new Map<string, string>();

/**
 * How well a query spells a pinyin string from `pinyinOf`: 1 when the query, spaces aside,
 * starts one of its words (`xue lan`, `xuelan`, `xuel` for `xuelan`), else 0. Queries
 * shorter than four letters never match: they are syllables, not names.
 */
export function pinyinMatch(query: string, spelled: string): number {
  const q = query.toLowerCase().replace(/[\s'’-]+/g, '');
  if (q.length < 4 || !/^[a-z]+$/.test(q)) return 0;
  const words = spelled.toLowerCase().split(' ');
  for (let i = 0; i < words.length; i++) {
    // A query may run across the words of a name written with spaces (`zhang ya qin`).
    if (words.slice(i).join('').startsWith(q)) return 1;
  }
  return 0;
}

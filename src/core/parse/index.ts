/** Public surface of the parse stage. */
export { parseBytes, parseDocument } from './document';
export { sniffFormat } from './sniff';
export { readFrontMatter, type FrontMatter } from './frontMatter';

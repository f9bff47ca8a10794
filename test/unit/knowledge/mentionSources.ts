/** Documents as the corpus model would hold them for the reference helpers, from our own text. */
import { BUILTIN_ENTITIES } from '../../../src/core/knowledge/builtin/index';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import type { MentionSource } from '../../../src/core/knowledge/references';

export const kb = new KnowledgeBase(BUILTIN_ENTITIES);

export function doc(path: string, text: string, institutions: Array<{ id: string; name: string }> = []): MentionSource {
  return { path, parsed: { text }, mentions: kb.findMentions(text), meta: { institutions } };
}

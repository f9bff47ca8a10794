/** The small knowledge base the labelled citation set is resolved against (test-only). */
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import type { Entity } from '../../../src/core/knowledge/types';

const law = (id: string, en: string, aliases: string[]): Entity => ({
  id, kind: 'law', names: { en }, aliases, description: { en: `${en} (test entity)` }, related: [],
});

/** Two instruments known to the knowledge base but absent from the fixture corpus. */
export function labelledKnowledge(): KnowledgeBase {
  return new KnowledgeBase([
    law('gdpr', 'General Data Protection Regulation', ['GDPR', 'Regulation (EU) 2016/679']),
    law('eo-14110', 'Executive Order 14110', ['E.O. 14110']),
  ]);
}

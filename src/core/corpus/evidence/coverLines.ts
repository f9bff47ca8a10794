/**
 * A cover page or masthead: lines near the top that are nothing but an organisation's name
 * ("U.S. Department of Commerce", "National Institute of Standards and Technology",
 * "某某大学人工智能研究院"). Medium evidence: a cover names its publisher, but a page header
 * of a web site names it too, and so does an author's affiliation line in a paper.
 */
import type { EvidenceContext, EvidenceItem } from './types';
import { issuerItem } from './resolve';
import { orgName } from './orgNames';

/** How many meaningful lines count as the cover. */
const COVER_LINES = 14;
/** More bare names than this on the cover is a list (partners, authors' affiliations), not a publisher. */
const MAX_NAMES = 3;

/** Evidence from bare organisation-name lines at the top. */
export function coverEvidence(ctx: EvidenceContext): EvidenceItem[] {
  const found: EvidenceItem[] = [];
  for (const { line, text } of ctx.head.slice(0, COVER_LINES)) {
    const bare = text.replace(/[,，;；]$/, '');
    if (bare.length > 90) continue;
    const name = orgName(bare);
    if (name) found.push(issuerItem(ctx.kb, name, 'byline', 4.5, text, line));
  }
  return found.length > MAX_NAMES ? [] : found;
}

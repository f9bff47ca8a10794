/**
 * Names the knowledge base knows, weighed by where they stand (`institutions.ts`), as one
 * kind of evidence among others. Counting alone is weak: a model card names the labs it
 * compares itself with, a communiqué names the bodies it welcomes. Mentions become strong
 * only when they stand where a publisher stands (the title, a byline, an organiser phrase,
 * the institution's own web domain): those are positions, not counts, so such a body
 * qualifies as an issuer — and even then positional evidence of another issuer outweighs
 * it in the combination.
 */
import type { EvidenceContext, EvidenceItem } from './types';
import { scoreInstitutions } from '../institutions';

/** Ceilings of the weight mentions may give: without and with publisher evidence. */
const PLAIN_MAX = 2.5;
const PUBLISHER_MAX = 6;

/** Evidence from mentions of known institutions. */
export function mentionEvidence(ctx: EvidenceContext): EvidenceItem[] {
  const ranked = scoreInstitutions({ text: ctx.text, norm: ctx.norm, title: ctx.title, mentions: ctx.mentions, kb: ctx.kb });
  const dominant = dominantSubject(ranked, ctx);
  return ranked.slice(0, 4).filter((r) => r.score >= 1).map((r) => ({
    facet: 'issuer' as const,
    value: r.name,
    entityId: r.id,
    kind: 'mentions' as const,
    weight: r.publisher ? Math.min(PUBLISHER_MAX, 4 + r.score / 8) : r === dominant ? DOMINANT : Math.min(PLAIN_MAX, r.score / 8),
    excerpt: r.provenance.replace(/^inferred from /, ''),
  }));
}

/** Weight of a body that the text is plainly about (see {@link dominantSubject}). */
const DOMINANT = 4;
/** Score of about five plain mentions (a person tied to the body counts half a mention). */
const DOMINANT_SCORE = 5;
/** A body that is the only one the text names at all needs only three mentions. */
const ALONE_MENTIONS = 3;
const DOMINANT_RATIO = 3;

/**
 * The one strict case where counting alone counts: a body named about five times or more
 * and three times as strongly as any other (or named three times and no other body at all),
 * in a text that is not a README or a model card (those name the labs they compare with, the libraries they build on). A text
 * that names many bodies, or one as often as another, gets no issuer from counting.
 */
function dominantSubject(ranked: ReturnType<typeof scoreInstitutions>, ctx: EvidenceContext) {
  const [leader, runnerUp] = ranked;
  if (!leader) return undefined;
  const alone = !runnerUp && leader.mentions >= ALONE_MENTIONS;
  if (!alone && (leader.score < DOMINANT_SCORE || leader.score < DOMINANT_RATIO * (runnerUp?.score ?? 0))) return undefined;
  const file = ctx.path.slice(ctx.path.lastIndexOf('/') + 1);
  if (/^readme|model[-_ ]?card/i.test(file) || /```|\bpip install\b|\bgit clone\b/.test(ctx.text.slice(0, 100_000))) return undefined;
  return leader;
}

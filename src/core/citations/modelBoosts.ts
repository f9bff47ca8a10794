/** {@link citationBoosts} for a passage of the corpus model (the glue both adapters use). */
import type { CorpusModel } from '../corpus/model';
import { passageAt } from '../search/mentionIndex';
import { citationBoosts, type RelatedBoost } from './relatedBoosts';
import type { RelatedContributor } from '../search/relatedContributors';

/** Citation boosts for passage `ref` of `model`; none without a model or for an unknown passage. */
export function citationBoostsFor(model: CorpusModel | undefined, ref: { path: string; index: number }): RelatedBoost[] {
  const doc = model?.get(ref.path);
  const passage = doc?.parsed.passages[ref.index];
  if (!model || !passage) return [];
  const source = {
    passageAt: (path: string, offset: number) => {
      const d = model.get(path);
      return d ? passageAt(d.parsed.passages, offset) : -1;
    },
    text: (path: string) => model.get(path)?.parsed.text,
  };
  return citationBoosts(model.citations(), source, ref.path, passage.span.start, passage.span.end, passage.text);
}

/** The citation evidence as a contributor to `findRelated` (shared instrument, cited article, citing passages). */
export function citationContributor(model: CorpusModel | undefined): RelatedContributor {
  return (ctx) => {
    for (const b of citationBoostsFor(model, ctx.target)) ctx.add(b.path, b.index, { weight: b.score, reason: b.reason });
  };
}

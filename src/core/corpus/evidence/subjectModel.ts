/**
 * A README or model card about a model the knowledge base knows is by that model's
 * developer: "# GLM-130B: …" in a repository README, with GLM-130B tied to its lab. Only
 * for technical documents (a README or model card file, or install/code instructions): a
 * news story titled after a model is the outlet's, not the lab's.
 */
import type { Entity } from '../../knowledge/types';
import type { EvidenceContext, EvidenceItem } from './types';

const WEIGHT = 4;
const TECHNICAL_FILE = /^readme|model[-_ ]?card/i;
const CODE = /```|\bpip install\b|\bgit clone\b|\bfrom transformers import\b/;

/** Evidence from the model the title (or first heading) names. */
export function subjectModelEvidence(ctx: EvidenceContext): EvidenceItem[] {
  const file = ctx.path.slice(ctx.path.lastIndexOf('/') + 1);
  if (!TECHNICAL_FILE.test(file) && !/model card/i.test(ctx.title ?? '') && !CODE.test(ctx.text.slice(0, 100_000))) return [];
  const subject = [ctx.title ?? '', ctx.opening[0]?.text ?? ''].join('\n');
  const out: EvidenceItem[] = [];
  const seen = new Set<string>();
  for (const m of ctx.kb.findMentions(subject)) {
    const model = ctx.kb.get(m.entityId);
    if (model?.kind !== 'model' || seen.has(model.id)) continue;
    seen.add(model.id);
    const developer = developerOf(model, ctx);
    if (developer) {
      out.push({ facet: 'issuer', value: developer.names.en ?? developer.names.zh ?? developer.id, entityId: developer.id, kind: 'knowledge', weight: WEIGHT, excerpt: `${m.text} → ${developer.names.en ?? developer.names.zh ?? developer.id}` });
    }
  }
  return out.slice(0, 2);
}

/** The first institution a model is tied to: its `related` list, else an institution that lists the model. */
function developerOf(model: Entity, ctx: EvidenceContext): Entity | undefined {
  for (const id of model.related) {
    const e = ctx.kb.get(id);
    if (e?.kind === 'institution') return e;
  }
  return ctx.kb.byKind('institution').find((e) => e.related.includes(model.id));
}

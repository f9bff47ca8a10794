/**
 * Mentions as the editor currently shows them. The corpus model holds mentions of the text
 * on disk; when an editor has unsaved edits (or decoded the file differently) its offsets
 * would be stale, so the live text is matched again with the knowledge base instead.
 */
import * as vscode from 'vscode';
import { mentionAt } from '../../core/knowledge/matcher';
import type { Mention } from '../../core/knowledge/types';
import type { CorpusDocument } from '../../core/corpus/model';
import type { Corpus, LensService } from '../service';
import { toRange } from '../convert';

/** A mention with its range in the editor's current text. */
export interface LiveMention {
  readonly mention: Mention;
  readonly range: vscode.Range;
  readonly doc: CorpusDocument;
}

interface Cached {
  readonly version: number;
  readonly hash: string;
  readonly kb: unknown;
  readonly fresh: boolean;
  mentions?: readonly Mention[];
}

export class LiveMentions {
  private readonly cache = new WeakMap<vscode.TextDocument, Cached>();

  constructor(private readonly service: LensService) {}

  private state(document: vscode.TextDocument, doc: CorpusDocument, corpus: Corpus): Cached {
    const old = this.cache.get(document);
    if (old && old.version === document.version && old.hash === doc.hash && old.kb === corpus.kb) return old;
    const fresh = !document.isDirty && document.getText() === doc.parsed.text;
    const next: Cached = { version: document.version, hash: doc.hash, kb: corpus.kb, fresh };
    this.cache.set(document, next);
    return next;
  }

  /** Whether the model's offsets hold for what the editor shows. */
  isFresh(document: vscode.TextDocument, corpus: Corpus): boolean {
    const doc = this.service.documentFor(document.uri);
    return !!doc && this.state(document, doc, corpus).fresh;
  }

  /** Every mention in the editor's text (model mentions when fresh, else re-matched, cached per version). */
  all(document: vscode.TextDocument, corpus: Corpus): { doc: CorpusDocument; mentions: readonly Mention[]; fresh: boolean } | undefined {
    const doc = this.service.documentFor(document.uri);
    if (!doc) return undefined;
    const s = this.state(document, doc, corpus);
    if (s.fresh) return { doc, mentions: doc.mentions, fresh: true };
    s.mentions ??= corpus.kb.findMentions(document.getText());
    return { doc, mentions: s.mentions, fresh: false };
  }

  /** Ranges of mentions in the editor's text. */
  ranges(document: vscode.TextDocument, corpus: Corpus, entityId?: string): LiveMention[] {
    const found = this.all(document, corpus);
    if (!found) return [];
    const { doc, mentions, fresh } = found;
    return mentions
      .filter((m) => entityId === undefined || m.entityId === entityId)
      .map((mention) => ({
        mention,
        doc,
        range: fresh ? toRange(doc.lines, mention) : new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)),
      }));
  }

  /**
   * The mention under `position`. With stale offsets only the position's line is matched
   * again, which is cheap even in a long document being typed in.
   */
  at(document: vscode.TextDocument, position: vscode.Position, corpus: Corpus): LiveMention | undefined {
    const doc = this.service.documentFor(document.uri);
    if (!doc) return undefined;
    const s = this.state(document, doc, corpus);
    if (s.fresh) {
      const mention = mentionAt(doc.mentions, document.offsetAt(position));
      return mention && { mention, doc, range: toRange(doc.lines, mention) };
    }
    const line = document.lineAt(position.line);
    const local = mentionAt(corpus.kb.findMentions(line.text), position.character);
    if (!local) return undefined;
    const base = document.offsetAt(line.range.start);
    const mention: Mention = { ...local, start: base + local.start, end: base + local.end };
    return { mention, doc, range: new vscode.Range(position.line, local.start, position.line, local.end) };
  }
}

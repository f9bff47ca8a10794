/**
 * Sequencing for a command that shows one quick pick at a time. Pressing Escape and the
 * shortcut again at once used to open the new pick while the old one was still putting the
 * editor back (its preview undone, focus returned to the editor), so the editor took the
 * focus from the new pick and the query was typed into the document. The gate makes a new
 * pick wait until the previous one has finished closing, and a call while a pick is open
 * reuses that pick. No vscode import, so the rule is unit-tested.
 */

/** What the gate needs of an open pick. */
export interface GatedPick<R> {
  /** Show it again (and take the new query, when given). */
  reuse(query: string | undefined): void;
  /** Resolves with the pick's outcome. */
  readonly result: Promise<R>;
}

export class PickGate<R> {
  private open?: GatedPick<R>;
  private closing: Promise<void> = Promise.resolve();

  /**
   * Run `show` once the previous pick has finished closing, or return the open pick's result
   * after handing it the query (unless `reuse` is false: a scripted call gets its own pick).
   * `closed` may be called more than once (on accept, then on hide). `show` gets `closed(settled)` to call when its pick hides,
   * with the promise of the work it does while closing (restoring the editor).
   */
  async run(query: string | undefined, show: (closed: (settled: Promise<unknown>) => void) => GatedPick<R>, reuse = true): Promise<R> {
    if (reuse && this.open) {
      this.open.reuse(query);
      return this.open.result;
    }
    await this.closing;
    if (reuse && this.open) { // another call got here first while we waited
      (this.open as GatedPick<R>).reuse(query);
      return (this.open as GatedPick<R>).result;
    }
    let hid = false;
    let pick: GatedPick<R> | undefined = undefined;
    const closed = (settled: Promise<unknown>): void => {
      hid = true;
      if (this.open === pick) this.open = undefined;
      this.closing = settled.then(() => undefined, () => undefined);
    };
    pick = show(closed);
    if (!hid) this.open = pick; // a pick that hid at once inside `show` is not open
    return pick.result;
  }

  /** Whether a pick is open now. */
  get isOpen(): boolean {
    return this.open !== undefined;
  }
}

/**
 * What the tag picker offers and what Enter means there, decided without an editor. Rows
 * carry the tag's label in the display language as the label and the full id (which holds
 * the parent path) as the description, instead of indenting with spaces. On accept, an
 * active or checked "New tag…" row creates a tag; accepting with nothing checked asks first,
 * so a stray Enter never files a passage without tags by accident.
 */
import type { ResolvedTag } from './codebook';

/** One tag row of the picker. */
export interface TagRow {
  readonly id: string;
  /** The tag's name in the display language, else the last id segment. */
  readonly label: string;
  /** Full id, plus the name in the other language when there is one. */
  readonly description: string;
  readonly detail?: string;
  readonly picked: boolean;
  readonly color: string;
}

/**
 * Rows for every codebook tag plus any selected tag missing from the codebook, sorted by id
 * so children follow their parents. `colorOf` gives colours of tags not in the list.
 */
export function tagRows(tags: readonly ResolvedTag[], selected: readonly string[], zh: boolean, colorOf: (id: string) => string): TagRow[] {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const ids = [...new Set([...byId.keys(), ...selected])].sort();
  return ids.map((id) => {
    const t = byId.get(id);
    const own = zh ? t?.labelZh ?? t?.label : t?.label ?? t?.labelZh;
    const other = zh ? t?.label : t?.labelZh;
    const label = own ?? id.slice(id.lastIndexOf('/') + 1);
    return {
      id,
      label,
      description: [id, other && other !== label ? other : undefined].filter(Boolean).join(' · '),
      ...(t?.description ? { detail: t.description } : {}),
      picked: selected.includes(id),
      color: t?.color ?? colorOf(id),
    };
  });
}

/** What accepting the picker should do. */
export type TagAcceptAction = 'create' | 'confirm-empty' | 'done';

/**
 * `activeIsCreate`: the focused row is "New tag…" (Enter on it); `createChecked`: its box is
 * ticked; `checkedTags`: how many tag rows are ticked. Focus alone counts only while no tag is
 * ticked: ticking with the mouse may leave the focus on the first row, and OK must then keep
 * the ticked tags rather than open the new-tag dialog.
 */
export function tagAcceptAction(activeIsCreate: boolean, createChecked: boolean, checkedTags: number): TagAcceptAction {
  if (createChecked || (activeIsCreate && checkedTags === 0)) return 'create';
  return checkedTags === 0 ? 'confirm-empty' : 'done';
}

/**
 * Where an entity is defined: its entry in `.policylens/entities.yaml` when the workspace
 * defines or overrides it, otherwise a read-only YAML view of the built-in entry (which the
 * user can copy into the workspace file to override it).
 */
import * as vscode from 'vscode';
import { entityDefinitionLine } from '../../core/knowledge/definitionLine';
import { entityToYaml } from '../../core/knowledge/entityYaml';
import { ENTITIES_FILE } from '../../core/knowledge/workspace';
import type { LensService } from '../service';
import { isEntityId } from './entityArgs';
import type { LiveMentions } from './liveMentions';
import { citationAt } from '../citations/liveCitations';

/** Scheme of the read-only built-in entity documents: `policy-lens-entity:/<id>.yaml`. */
export const ENTITY_SCHEME = 'policy-lens-entity';

/** Uri of the read-only view of one entity. */
export function builtinEntityUri(id: string): vscode.Uri {
  return vscode.Uri.from({ scheme: ENTITY_SCHEME, path: `/${id}.yaml` });
}

/** The entity's location: the workspace file's `id:` line, or the read-only view. */
export async function definitionOf(service: LensService, id: string): Promise<vscode.Location | undefined> {
  const corpus = await service.ready();
  if (!corpus || !corpus.kb.get(id)) return undefined;
  const text = await readWorkspaceFile(service);
  const at = text === undefined ? undefined : entityDefinitionLine(text, id);
  if (at) return new vscode.Location(service.uri(ENTITIES_FILE), new vscode.Position(at.line, at.column));
  return new vscode.Location(builtinEntityUri(id), new vscode.Position(0, 0));
}

/** The workspace entities file as the user sees it (an open editor's unsaved text included). */
async function readWorkspaceFile(service: LensService): Promise<string | undefined> {
  if (!service.files) return undefined;
  const uri = service.uri(ENTITIES_FILE);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

export class EntityDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly service: LensService, private readonly live: LiveMentions) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location | undefined> {
    const corpus = await this.service.ready();
    const hit = corpus && this.live.at(document, position, corpus);
    // A citation of a corpus document leads to the document (see ../citations), not the entry.
    if (hit && citationAt(this.service, corpus, document, position)?.cited.target.path) return undefined;
    return hit ? definitionOf(this.service, hit.mention.entityId) : undefined;
  }
}

/** Serves `policy-lens-entity:/<id>.yaml` documents: the built-in entry as YAML, read-only. */
export class BuiltinEntityContent implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly service: LensService) {}

  /** Tell open views that the knowledge base changed. */
  refresh(): void {
    for (const d of vscode.workspace.textDocuments) if (d.uri.scheme === ENTITY_SCHEME) this.changed.fire(d.uri);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const id = decodeURIComponent(uri.path.replace(/^\//, '').replace(/\.yaml$/, ''));
    const corpus = await this.service.ready();
    const entity = isEntityId(id) ? corpus?.kb.get(id) : undefined;
    if (!entity) return `# ${vscode.l10n.t('Unknown entity: {0}', id)}\n`;
    const header = [
      `# ${vscode.l10n.t('Built-in entity (read-only).')}`,
      `# ${vscode.l10n.t('To change it, copy the fields you want to override into {0} under "entities:".', ENTITIES_FILE)}`,
      '',
    ].join('\n');
    return header + entityToYaml(entity, 0);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/**
 * Registers every feature against the shared service. Each feature folder exports one
 * `register(context, service)` that pushes its disposables onto the context.
 */
import * as vscode from 'vscode';
import type { LensService } from './service';
import { register as registerCore } from './commands/register';
import { register as registerCorpus } from './corpus';
import { register as registerEntities } from './entities';
import { register as registerAnnotations } from './annotations';
import { register as registerJump } from './jump';
import { register as registerAnalysis } from './analysis';
import { register as registerComments } from './comments';
import { register as registerCitations } from './citations';
import { register as registerImport } from './import';
import { register as registerOverview } from './overview';
import { register as registerFolders } from './folders';

export function registerFeatures(context: vscode.ExtensionContext, service: LensService): void {
  registerCore(context, service);
  registerCorpus(context, service);
  registerEntities(context, service);
  const annotations = registerAnnotations(context, service);
  registerJump(context, service);
  registerAnalysis(context, service);
  registerComments(context, service);
  registerCitations(context, service);
  registerImport(context, service);
  registerOverview(context, service, annotations);
  registerFolders(context, service);
}

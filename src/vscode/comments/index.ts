/**
 * Discussion threads on annotations (Comments API), and their replies in hovers.
 */
import * as vscode from 'vscode';
import type { LensService } from '../service';
import { annotationsSessionOf } from '../annotations/session';
import { Discussions } from './threads';
import { discussionCommands } from './commands';
import { RepliesHoverProvider } from './hover';

export function register(context: vscode.ExtensionContext, service: LensService): void {
  const session = annotationsSessionOf(service);
  if (!session) return;
  const threads = new Discussions(session);
  context.subscriptions.push(threads, ...discussionCommands(session, threads), vscode.languages.registerHoverProvider('*', new RepliesHoverProvider(session)));
}

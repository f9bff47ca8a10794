/**
 * The one place where core values (UTF-16 spans, relative paths, problems) become VS Code
 * types and back. Spans map through the core LineIndex so they agree with what VS Code shows
 * even before a document is opened.
 */
import * as vscode from 'vscode';
import { LineIndex } from '../core/text/lines';
import { Problem, Span } from '../core/types';

export function toPosition(lines: LineIndex, offset: number): vscode.Position {
  const p = lines.positionAt(offset);
  return new vscode.Position(p.line, p.character);
}

export function toRange(lines: LineIndex, span: Span): vscode.Range {
  return new vscode.Range(toPosition(lines, span.start), toPosition(lines, span.end));
}

export function toDiagnostic(problem: Problem): vscode.Diagnostic {
  const line = problem.line ?? 0;
  const col = problem.column ?? 0;
  const severity = problem.severity === 'error' ? vscode.DiagnosticSeverity.Error
    : problem.severity === 'warning' ? vscode.DiagnosticSeverity.Warning
    : vscode.DiagnosticSeverity.Information;
  const d = new vscode.Diagnostic(new vscode.Range(line, col, line, col + 1), problem.message, severity);
  d.source = 'Policy Lens';
  return d;
}

/** An empty selection at a problem's line and column (the start of the file when unknown). */
export function problemSelection(place: { line?: number; column?: number }): vscode.Range {
  const pos = new vscode.Position(Math.max(0, place.line ?? 0), Math.max(0, place.column ?? 0));
  return new vscode.Range(pos, pos);
}

/** Location of a span in a corpus file. */
export function toLocation(uri: vscode.Uri, lines: LineIndex, span: Span): vscode.Location {
  return new vscode.Location(uri, toRange(lines, span));
}

/** Range of a span in an open document's current (possibly unsaved) text. */
export function toEditorRange(doc: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}

/**
 * The overview's HTML shell: a strict Content-Security-Policy (nothing but our own script,
 * with a fresh nonce, and our stylesheet), localised static labels, native form controls for
 * the filters so that every chart can be driven from the keyboard.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { ChartId } from '../../webview/overview/protocol';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function section(id: ChartId, title: string, hint: string): string {
  return `<section class="card${id === 'timeline' || id === 'network' ? ' wide' : ''}" data-chart="${id}" aria-labelledby="h-${id}">
  <header><h2 id="h-${id}">${escape(title)}</h2>
    <span class="tools" role="group" aria-label="${escape(vscode.l10n.t('Export {0}', title))}">
      <button data-export="svg" title="${escape(vscode.l10n.t('Export as SVG'))}">SVG</button>
      <button data-export="png" title="${escape(vscode.l10n.t('Export as PNG'))}">PNG</button>
      <button data-export="csv" title="${escape(vscode.l10n.t('Export the data as CSV'))}">CSV</button>
    </span></header>
  <p class="hint">${escape(hint)}</p>
  <div class="chart" tabindex="0" role="img" aria-label="${escape(title)}"></div>
  <p class="empty" hidden>${escape(vscode.l10n.t('Nothing to show for these filters.'))}</p>
</section>`;
}

function select(id: string, label: string): string {
  return `<label>${escape(label)} <select id="${id}"></select></label>`;
}

/** The document of the webview. `script` and `style` are webview URIs of the bundle and CSS. */
export function overviewHtml(webview: vscode.Webview, script: vscode.Uri, style: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const csp = [`default-src 'none'`, `script-src 'nonce-${nonce}'`, `style-src ${webview.cspSource}`, `img-src ${webview.cspSource} data: blob:`, `font-src ${webview.cspSource}`].join('; ');
  return `<!DOCTYPE html>
<html lang="${escape(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>${escape(vscode.l10n.t('Policy Lens Overview'))}</title>
</head>
<body>
<header class="filters" role="search" aria-label="${escape(vscode.l10n.t('Filters shared by every chart'))}">
  ${select('f-institution', vscode.l10n.t('Institution'))}
  ${select('f-type', vscode.l10n.t('Type'))}
  ${select('f-jurisdiction', vscode.l10n.t('Jurisdiction'))}
  ${select('f-year', vscode.l10n.t('Year'))}
  ${select('f-language', vscode.l10n.t('Language'))}
  ${select('f-tag', vscode.l10n.t('Tag'))}
  <label>${escape(vscode.l10n.t('Lanes by'))} <select id="lane-by">
    <option value="institution">${escape(vscode.l10n.t('Institution'))}</option>
    <option value="jurisdiction">${escape(vscode.l10n.t('Jurisdiction'))}</option>
    <option value="type">${escape(vscode.l10n.t('Type'))}</option>
  </select></label>
  <button id="reset">${escape(vscode.l10n.t('Clear filters'))}</button>
  <span id="summary" role="status" aria-live="polite"></span>
</header>
<main>
${section('timeline', vscode.l10n.t('Timeline of statements'), vscode.l10n.t('Each dot is a dated document; drag the slider to narrow the years of every chart. Click a dot to open it.'))}
${section('network', vscode.l10n.t('Citation network'), vscode.l10n.t('Documents sized by how often they are cited (or linked by annotations), coloured by jurisdiction; dashed lines join documents that share a rare entity.'))}
${section('institutionEntity', vscode.l10n.t('Who talks about what: institutions × entities'), vscode.l10n.t('Mentions of each entity in the documents of each institution.'))}
${section('institutionTag', vscode.l10n.t('Who talks about what: institutions × codes'), vscode.l10n.t('Coded segments of each tag in the documents of each institution.'))}
${section('cooccurrence', vscode.l10n.t('Entities mentioned together'), vscode.l10n.t('Passages in which two entities are both mentioned.'))}
<section class="card wide" aria-labelledby="h-docs"><h2 id="h-docs">${escape(vscode.l10n.t('Documents in view'))}</h2><ul id="documents" class="documents"></ul></section>
</main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}

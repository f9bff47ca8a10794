/** The language VS Code's UI runs in, as the two the extension's data knows. */
import * as vscode from 'vscode';

/** 'zh' when VS Code runs in any Chinese locale, else 'en'. */
export function displayLanguage(): 'en' | 'zh' {
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/**
 * Text from files and arguments echoed in messages: control characters (NUL above all) are
 * shown as `\u0000`-style escapes, so a message never carries raw bytes that a terminal, a
 * log or a notification would swallow or misinterpret. Line breaks and tabs stay.
 */

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/g;

/** `s` with every control character but `\n`, `\r` and `\t` written as a `\uXXXX` escape. */
export function escapeControls(s: string): string {
  return s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A few DOM helpers: the page is plain TypeScript over the DOM.
 * @packageDocumentation
 */

/** What may stand as a child: nodes, text, nothing, or (nested) lists of those. */
export type Child = Node | string | number | bigint | null | undefined | false | readonly Child[];

/** Creates an element with attributes (`class`, `data-*`, ...) and children (strings become text). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el: Element, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : String(c));
  }
}

/** The element with this id, of the expected type. @throws Error when the page lacks it */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`the page has no #${id}`);
  return el as T;
}

/** Replaces an element's children. */
export function fill(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** A status line: `kind` sets its style (info, ok, error, busy). */
export function status(el: HTMLElement, kind: 'info' | 'ok' | 'error' | 'busy', ...children: Child[]): void {
  el.dataset['kind'] = kind;
  fill(el, ...children);
}

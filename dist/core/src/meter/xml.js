/**
 * A small, tolerant XML reader for Green Button (ESPI) files. It runs anywhere (no DOMParser,
 * no Node modules) and keeps the line of every element so import errors can point at it.
 * Namespace prefixes are dropped (`espi:IntervalBlock` -> `IntervalBlock`); DTDs are skipped,
 * never expanded. Hostile input is an {@link ImportError}, never a crash: elements nest at most
 * {@link MAX_XML_DEPTH} deep, character references must name a character XML allows, and
 * nothing here recurses (the tree walks are iterative).
 * @packageDocumentation
 */
import { ImportError } from '../errors.js';
const ENTITIES = new Map([
    ['lt', '<'],
    ['gt', '>'],
    ['amp', '&'],
    ['quot', '"'],
    ['apos', "'"],
]);
/** Deepest element nesting accepted (Green Button files nest about ten deep). */
export const MAX_XML_DEPTH = 256;
/** True for a code point XML 1.0 allows in a document (§2.2 Char). */
function isXmlChar(cp) {
    return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}
function localName(qname) {
    const i = qname.indexOf(':');
    return i < 0 ? qname : qname.slice(i + 1);
}
/** Parses XML text into its root element. @throws ImportError with the file and line. */
export function parseXml(text, file) {
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            lineStarts.push(i + 1);
    const lineOf = (pos) => {
        let lo = 0;
        let hi = lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((lineStarts[mid] ?? 0) <= pos)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
    const fail = (pos, reason) => {
        throw new ImportError(file, lineOf(pos), reason);
    };
    const decode = (s, pos) => s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e) => {
        if (e.startsWith('#')) {
            const digits = e.startsWith('#x') ? e.slice(2) : e.slice(1);
            const cp = digits.length > 8 ? Infinity : parseInt(digits, e.startsWith('#x') ? 16 : 10);
            if (!isXmlChar(cp))
                fail(pos, `character reference ${m.length > 24 ? `${m.slice(0, 24)}…` : m} is not a character XML allows`);
            return String.fromCodePoint(cp);
        }
        const v = ENTITIES.get(e);
        return v ?? fail(pos, `unknown entity ${m.length > 24 ? `${m.slice(0, 24)}…` : m}`);
    });
    if (!/^\uFEFF?\s*</.test(text)) {
        throw new ImportError(file, 1, text.trim() === '' ? 'the file is empty' : "not an XML document (it does not start with '<')");
    }
    const stack = [];
    let root;
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (pos < text.length) {
        const lt = text.indexOf('<', pos);
        const chunk = text.slice(pos, lt < 0 ? text.length : lt);
        const top = stack[stack.length - 1];
        if (chunk.trim() !== '') {
            if (top === undefined)
                fail(pos, 'text outside the root element');
            else
                top.text += decode(chunk, pos);
        }
        if (lt < 0)
            break;
        if (text.startsWith('<!--', lt)) {
            const end = text.indexOf('-->', lt + 4);
            if (end < 0)
                fail(lt, 'unterminated comment');
            pos = end + 3;
        }
        else if (text.startsWith('<![CDATA[', lt)) {
            const end = text.indexOf(']]>', lt + 9);
            if (end < 0)
                fail(lt, 'unterminated CDATA section');
            if (top !== undefined)
                top.text += text.slice(lt + 9, end);
            pos = end + 3;
        }
        else if (text.startsWith('<?', lt)) {
            const end = text.indexOf('?>', lt + 2);
            if (end < 0)
                fail(lt, 'unterminated processing instruction');
            pos = end + 2;
        }
        else if (text.startsWith('<!', lt)) {
            // DOCTYPE (possibly with an internal subset in brackets): skipped, never expanded.
            let depth = 0;
            let i = lt + 2;
            for (; i < text.length; i++) {
                const c = text[i];
                if (c === '[')
                    depth++;
                else if (c === ']')
                    depth--;
                else if (c === '>' && depth <= 0)
                    break;
            }
            if (i >= text.length)
                fail(lt, 'unterminated declaration');
            pos = i + 1;
        }
        else if (text.startsWith('</', lt)) {
            const end = text.indexOf('>', lt);
            if (end < 0)
                fail(lt, 'unterminated closing tag');
            const name = localName(text.slice(lt + 2, end).trim());
            const open = stack.pop();
            if (open === undefined)
                fail(lt, `closing tag </${name}> without an opening tag`);
            else if (open.name !== name)
                fail(lt, `closing tag </${name}> does not match <${open.name}> opened on line ${open.line}`);
            pos = end + 1;
        }
        else {
            const m = /^<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(text.slice(lt, lt + 4096));
            if (m === null)
                fail(lt, 'malformed tag');
            const [whole, qname = '', attrText = '', selfClose] = m;
            // No prototype: an attribute named __proto__ or constructor is just an attribute.
            const attrs = Object.create(null);
            for (const a of attrText.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
                attrs[localName(a[1] ?? '')] = decode(a[2] ?? a[3] ?? '', lt);
            }
            const el = { name: localName(qname), attrs, children: [], text: '', line: lineOf(lt) };
            if (top !== undefined)
                top.children.push(el);
            else if (root === undefined)
                root = el;
            else
                fail(lt, 'more than one root element');
            if (selfClose !== '/') {
                if (stack.length >= MAX_XML_DEPTH)
                    fail(lt, `elements nested more than ${MAX_XML_DEPTH} deep`);
                stack.push(el);
            }
            pos = lt + whole.length;
        }
    }
    const unclosed = stack[stack.length - 1];
    if (unclosed !== undefined)
        throw new ImportError(file, unclosed.line, `<${unclosed.name}> is never closed`);
    if (root === undefined)
        throw new ImportError(file, undefined, 'no XML element found (empty or not an XML file)');
    return root;
}
/** The direct children of `el` named `name`. */
export function childrenNamed(el, name) {
    return el.children.filter((c) => c.name === name);
}
/** The first direct child of `el` named `name`. */
export function child(el, name) {
    return el.children.find((c) => c.name === name);
}
/** Every descendant of `el` (not `el` itself) named `name`, in document order. */
export function descendants(el, name) {
    const out = [];
    // Iterative pre-order walk (a deep document cannot overflow the call stack).
    const todo = [...el.children].reverse();
    for (let e = todo.pop(); e !== undefined; e = todo.pop()) {
        if (e.name === name)
            out.push(e);
        for (let i = e.children.length - 1; i >= 0; i--)
            todo.push(e.children[i]);
    }
    return out;
}
//# sourceMappingURL=xml.js.map
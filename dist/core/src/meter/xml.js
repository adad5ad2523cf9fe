/**
 * A small, tolerant XML reader for Green Button (ESPI) files. It runs anywhere (no DOMParser,
 * no Node modules) and keeps the line of every element so import errors can point at it.
 * Namespace prefixes are dropped (`espi:IntervalBlock` -> `IntervalBlock`); DTDs are skipped,
 * never expanded.
 * @packageDocumentation
 */
import { ImportError } from '../errors.js';
const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
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
        if (e.startsWith('#x'))
            return String.fromCodePoint(parseInt(e.slice(2), 16));
        if (e.startsWith('#'))
            return String.fromCodePoint(parseInt(e.slice(1), 10));
        const v = ENTITIES[e];
        return v ?? fail(pos, `unknown entity ${m}`);
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
            const attrs = {};
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
            if (selfClose !== '/')
                stack.push(el);
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
    const walk = (e) => {
        for (const c of e.children) {
            if (c.name === name)
                out.push(c);
            walk(c);
        }
    };
    walk(el);
    return out;
}
//# sourceMappingURL=xml.js.map
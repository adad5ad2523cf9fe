/** One element: local name, attributes, child elements, concatenated text, 1-based line. */
export interface XmlElement {
    name: string;
    attrs: Record<string, string>;
    children: XmlElement[];
    text: string;
    line: number;
}
/** Deepest element nesting accepted (Green Button files nest about ten deep). */
export declare const MAX_XML_DEPTH = 256;
/** Parses XML text into its root element. @throws ImportError with the file and line. */
export declare function parseXml(text: string, file: string): XmlElement;
/** The direct children of `el` named `name`. */
export declare function childrenNamed(el: XmlElement, name: string): XmlElement[];
/** The first direct child of `el` named `name`. */
export declare function child(el: XmlElement, name: string): XmlElement | undefined;
/** Every descendant of `el` (not `el` itself) named `name`, in document order. */
export declare function descendants(el: XmlElement, name: string): XmlElement[];

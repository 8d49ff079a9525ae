// Types for xml-tree.mjs (plain JavaScript so that Node and webpack run it without a build step).
export interface XmlAttribute {
  name: string;
  local: string;
  uri: string;
  value: string;
}
export interface XmlElement {
  /** As written, with its prefix: `bt:Image`. */
  name: string;
  local: string;
  /** Namespace URI. */
  uri: string;
  attributes: XmlAttribute[];
  children: XmlElement[];
  /** The element's own text (not its children's). */
  text: string;
  line: number;
}
export declare const NS: {
  readonly officeApp: string;
  readonly basicTypes: string;
  readonly versionOverrides: string;
  readonly versionOverrides11: string;
  readonly xsi: string;
  readonly xmlns: string;
};
export declare class XmlSyntaxError extends Error {}
export declare function parseXml(xml: string): XmlElement;
export declare function attr(element: XmlElement, local: string, uri?: string): string | undefined;
export declare function xsiType(element: XmlElement): string | undefined;
export declare function children(element: XmlElement, local: string, uri?: string): XmlElement[];
export declare function child(element: XmlElement, local: string, uri?: string): XmlElement | undefined;
export declare function path(element: XmlElement, ...steps: Array<string | [string, string]>): XmlElement | undefined;
export declare function descendants(element: XmlElement, skip?: (element: XmlElement) => boolean): XmlElement[];
export declare function describe(element: XmlElement): string;

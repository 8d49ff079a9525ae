// A small, namespace-aware element tree for checking manifests offline.
//
// Parsed with saxes, a conformant XML 1.0 + namespaces parser: it rejects what
// Office's validator would (mismatched tags, duplicate attributes, undefined
// entities, a second root, unbound prefixes). xml2js, which office-addin-manifest
// uses, lets a second root and duplicate attributes through.
import { SaxesParser } from 'saxes';

export const NS = {
  officeApp: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  basicTypes: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  versionOverrides: 'http://schemas.microsoft.com/office/mailappversionoverrides',
  versionOverrides11: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xmlns: 'http://www.w3.org/2000/xmlns/',
};

/** Thrown for input that is not well-formed XML; the message names line and column. */
export class XmlSyntaxError extends Error {
  constructor(message) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

/** Parses `xml` into a tree of elements; throws XmlSyntaxError when it is not well-formed. */
export function parseXml(xml) {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let root;
  const stack = [];
  let failure;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    const attributes = Object.values(tag.attributes).map((a) => ({ name: a.name, local: a.local, uri: a.uri, value: a.value }));
    const element = { name: tag.name, local: tag.local, uri: tag.uri, attributes, children: [], text: '', line: parser.line };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    failure ??= error;
  }
  if (failure) throw new XmlSyntaxError(`not well-formed XML (${failure.message})`);
  if (!root) throw new XmlSyntaxError('no root element');
  return root;
}

/** The value of attribute `local` in namespace `uri` (no namespace when omitted). */
export function attr(element, local, uri = '') {
  return element.attributes.find((a) => a.local === local && a.uri === uri)?.value;
}

/** `xsi:type` of an element, e.g. `MailApp`, `ShowTaskpane`. */
export function xsiType(element) {
  return attr(element, 'type', NS.xsi);
}

/** Child elements named `local` in namespace `uri` (default: the parent's namespace). */
export function children(element, local, uri = element.uri) {
  return element.children.filter((c) => c.local === local && c.uri === uri);
}

/** The first child named `local` (see `children`), or undefined. */
export function child(element, local, uri = element.uri) {
  return children(element, local, uri)[0];
}

/** Follows a path of child names from `element`, all in the element's namespace unless a step is `[local, uri]`. */
export function path(element, ...steps) {
  let current = element;
  for (const step of steps) {
    if (!current) return undefined;
    current = Array.isArray(step) ? child(current, step[0], step[1]) : child(current, step);
  }
  return current;
}

/** Every element below `element` (depth first), optionally without descending into `skip(element)`. */
export function descendants(element, skip = () => false) {
  const all = [];
  const visit = (node) => {
    for (const c of node.children) {
      if (skip(c)) continue;
      all.push(c);
      visit(c);
    }
  };
  visit(element);
  return all;
}

/** An element as written in the manifest, for messages: `<bt:String id="X">`. */
export function describe(element) {
  const id = attr(element, 'id') ?? attr(element, 'resid');
  const type = xsiType(element);
  const parts = [element.name];
  if (type) parts.push(`xsi:type="${type}"`);
  if (id) parts.push(`${attr(element, 'id') !== undefined ? 'id' : 'resid'}="${id}"`);
  return `<${parts.join(' ')}>`;
}

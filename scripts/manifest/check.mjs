// Offline checks of an Outlook add-in-only XML manifest: what Microsoft's validation
// service would reject (office-addin-manifest validate needs that service: docs/platform-notes.md
// §6; the rules: https://learn.microsoft.com/office/dev/add-ins/develop/xml-manifest-overview and
// docs/platform-notes.md §5), plus Bounce Doctor's own rules (such as ReadItem only, and
// a Dutch override for every user-visible string).
// Used by test/manifest, by `npm run validate` and by the production build.
//
// checkManifest() returns a list of problems, one line each, starting with the area
// ("order:", "resources:", "icons:", ...); an empty list means the manifest passes.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { URL } from 'node:url';
import { PNG } from 'pngjs';
import { manifestVersion } from './stamp.mjs';
import { NS, XmlSyntaxError, attr, child, children, describe, parseXml, path, xsiType } from './xml-tree.mjs';

/**
 * Child order of the elements we use, from the schema (Microsoft's "manifest element
 * ordering" page, https://learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering). Elements not listed under their parent are errors.
 */
export const ELEMENT_ORDER = {
  OfficeApp: ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'FormSettings', 'Permissions', 'Rule', 'DisableEntityHighlighting', 'Dictionary', 'VersionOverrides', 'ExtendedOverrides'],
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins', 'VersionOverrides'],
  Host: ['Runtimes', 'DesktopFormFactor', 'MobileFormFactor'],
  DesktopFormFactor: ['SupportsSharedFolders', 'FunctionFile', 'ExtensionPoint'],
  Group: ['Label', 'Icon', 'Control'],
  Control: ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  Action: ['TaskpaneId', 'SourceLocation', 'Title', 'SupportsPinning', 'SupportsNoItemContext', 'SupportsMultiSelect'],
  Resources: ['Images', 'Urls', 'ShortStrings', 'LongStrings'],
  DesktopSettings: ['SourceLocation', 'RequestedHeight'],
};

/** Top-level elements Bounce Doctor's manifest must have (the schema's required ones and ours). */
export const REQUIRED_TOP_LEVEL = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'Hosts', 'Requirements', 'FormSettings', 'Permissions', 'Rule', 'VersionOverrides'];

/** Locales every user-visible string must have an <Override> for (the pane speaks en and nl; docs/platform-notes.md §5). */
export const OVERRIDE_LOCALES = ['nl-NL'];

export const MIN_MAILBOX_VERSION = '1.3';
const BUTTON_ICON_SIZES = [16, 32, 80];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Maximum lengths from the manifest reference (ShortString, LongString, DisplayName, Description, resid).
const MAX = { short: 125, long: 250, displayName: 125, description: 250, resid: 32 };

/**
 * @param {string} xml the manifest's text
 * @param {import('./check.d.mts').CheckOptions} options
 * @returns {string[]} problems; empty when the manifest passes
 */
export function checkManifest(xml, options) {
  let root;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return [`xml: ${error.message}`];
    throw error;
  }
  const problems = [];
  const report = (message) => problems.push(message);
  const context = { ...options, report, base: options.baseUrl };

  if (root.local !== 'OfficeApp' || root.uri !== NS.officeApp) {
    report(`root: the root must be <OfficeApp> in ${NS.officeApp}, found <${root.name}> in "${root.uri}"`);
    return problems;
  }
  if (xsiType(root) !== 'MailApp') report(`root: <OfficeApp> must have xsi:type="MailApp", found "${xsiType(root) ?? ''}"`);

  checkOrder(root, ELEMENT_ORDER.OfficeApp, NS.officeApp, report, [NS.versionOverrides]);
  for (const name of REQUIRED_TOP_LEVEL) {
    const uri = name === 'VersionOverrides' ? NS.versionOverrides : NS.officeApp;
    if (!child(root, name, uri)) report(`required: <${name}> (in ${uri}) is missing from <OfficeApp>`);
  }
  checkIdentity(root, context);
  checkTopLevelSettings(root, context);
  checkLocalizedValues(root, context);

  const outer = child(root, 'VersionOverrides', NS.versionOverrides);
  if (outer) checkVersionOverrides(outer, context);

  checkUrls(root, xml, context);
  return [...new Set(problems)]; // V1_0 and V1_1 repeat each other's resources, and so would their problems
}

/** Reports children that are unknown or out of order under `parent`. */
function checkOrder(parent, order, uri, report, allowedOther = []) {
  let lastIndex = -1;
  let lastName = '';
  for (const c of parent.children) {
    const allowedUri = c.uri === uri || allowedOther.includes(c.uri);
    const index = allowedUri ? order.indexOf(c.local) : -1;
    if (index === -1) {
      report(`order: unexpected <${c.name}> in ${describe(parent)} (line ${c.line})`);
      continue;
    }
    if (index < lastIndex) report(`order: <${c.name}> must come before <${lastName}> in ${describe(parent)}`);
    else {
      lastIndex = index;
      lastName = c.name;
    }
  }
}

function text(element) {
  return element?.text.trim() ?? '';
}

function checkIdentity(root, { report, packageVersion, otherIds = [] }) {
  const id = text(child(root, 'Id'));
  if (!GUID.test(id)) report(`id: <Id> must be a GUID, found "${id}"`);
  for (const other of otherIds) {
    if (id.toLowerCase() === other.toLowerCase()) report(`id: <Id> ${id} is the same as the other manifest's; dev and production add-ins need different Ids`);
  }
  const version = text(child(root, 'Version'));
  let expected;
  try {
    expected = manifestVersion(packageVersion);
  } catch (error) {
    report(`version: ${error.message}`);
  }
  if (expected && version !== expected) {
    report(`version: <Version> is "${version}", package.json says ${packageVersion} (expected "${expected}"); \`npm version\` keeps them together, or run node scripts/manifest/sync-version.mjs`);
  }
  if (!text(child(root, 'ProviderName'))) report('required: <ProviderName> is empty');
  const locale = text(child(root, 'DefaultLocale'));
  if (locale !== 'en-US') report(`locale: <DefaultLocale> must be en-US, found "${locale}"`);
}

function checkTopLevelSettings(root, { report, base }) {
  const permissions = text(child(root, 'Permissions'));
  if (permissions !== 'ReadItem') report(`permissions: <Permissions> must be ReadItem (docs/platform-notes.md §2), found "${permissions}"`);

  const hostNames = children(child(root, 'Hosts') ?? root, 'Host').map((h) => attr(h, 'Name'));
  if (!hostNames.includes('Mailbox')) report('hosts: <Hosts> must contain <Host Name="Mailbox"/>');

  const sets = children(path(root, 'Requirements', 'Sets') ?? root, 'Set');
  const mailbox = sets.find((s) => attr(s, 'Name') === 'Mailbox');
  if (!mailbox) report('requirements: <Requirements><Sets> must contain <Set Name="Mailbox">');
  else if (attr(mailbox, 'MinVersion') !== MIN_MAILBOX_VERSION) {
    report(`requirements: Mailbox MinVersion must be ${MIN_MAILBOX_VERSION}, found "${attr(mailbox, 'MinVersion') ?? ''}"`);
  }

  const rule = child(root, 'Rule');
  if (rule) {
    const itemIs = children(rule, 'Rule').find((r) => xsiType(r) === 'ItemIs');
    if (xsiType(rule) !== 'RuleCollection' || attr(rule, 'Mode') !== 'Or') report('rule: <Rule> must be xsi:type="RuleCollection" Mode="Or"');
    if (!itemIs || attr(itemIs, 'ItemType') !== 'Message' || attr(itemIs, 'FormType') !== 'Read') {
      report('rule: <Rule> must contain <Rule xsi:type="ItemIs" ItemType="Message" FormType="Read"/>');
    }
  }

  const form = children(child(root, 'FormSettings') ?? root, 'Form').find((f) => xsiType(f) === 'ItemRead');
  const desktop = form && child(form, 'DesktopSettings');
  if (!desktop) {
    report('formsettings: <FormSettings> must have <Form xsi:type="ItemRead"><DesktopSettings>');
  } else {
    checkOrder(desktop, ELEMENT_ORDER.DesktopSettings, NS.officeApp, report);
    const source = attr(child(desktop, 'SourceLocation') ?? desktop, 'DefaultValue');
    if (source !== `${base}taskpane.html`) report(`formsettings: SourceLocation must be ${base}taskpane.html, found "${source ?? ''}"`);
    const height = Number(text(child(desktop, 'RequestedHeight')));
    if (!Number.isInteger(height) || height < 32 || height > 450) report('formsettings: RequestedHeight must be a whole number from 32 to 450');
  }
}

/** DisplayName and Description: a default, a length limit, and an <Override> per locale. */
function checkLocalizedValues(root, { report }) {
  for (const [name, max] of [['DisplayName', MAX.displayName], ['Description', MAX.description]]) {
    const element = child(root, name);
    if (!element) continue;
    checkOverrides(element, `<${name}>`, max, 'Override', NS.officeApp, report);
  }
}

function checkOverrides(element, label, max, overrideName, overrideUri, report) {
  const value = attr(element, 'DefaultValue') ?? '';
  if (!value.trim()) report(`strings: ${label} has no DefaultValue`);
  if (value.length > max) report(`strings: ${label} DefaultValue is ${value.length} characters, at most ${max} allowed`);
  const overrides = children(element, overrideName, overrideUri);
  for (const locale of OVERRIDE_LOCALES) {
    const override = overrides.find((o) => attr(o, 'Locale') === locale);
    const translated = override && attr(override, 'Value');
    if (!translated?.trim()) report(`localization: ${label} has no ${locale} override`);
    else if (translated.length > max) report(`strings: ${label} ${locale} override is ${translated.length} characters, at most ${max} allowed`);
  }
  for (const o of overrides) {
    if (!/^[a-z]{2,3}-[A-Z]{2}$/.test(attr(o, 'Locale') ?? '')) report(`localization: ${label} override locale "${attr(o, 'Locale') ?? ''}" must be a full culture such as nl-NL`);
  }
  for (const c of element.children) {
    if (c.local !== overrideName || c.uri !== overrideUri) report(`order: unexpected <${c.name}> in ${label}`);
  }
}

/** The V1_0 block, and the V1_1 block that must be its last child. */
function checkVersionOverrides(outer, context) {
  const { report } = context;
  if (xsiType(outer) !== 'VersionOverridesV1_0') report(`versionoverrides: the top-level <VersionOverrides> must be xsi:type="VersionOverridesV1_0", found "${xsiType(outer) ?? ''}"`);
  const inner = outer.children.find((c) => c.local === 'VersionOverrides');
  const last = outer.children[outer.children.length - 1];
  if (!inner) report('versionoverrides: VersionOverridesV1_1 is missing from VersionOverridesV1_0');
  else {
    if (inner !== last) report('versionoverrides: VersionOverridesV1_1 must be the last child of VersionOverridesV1_0');
    if (inner.uri !== NS.versionOverrides11 || xsiType(inner) !== 'VersionOverridesV1_1') {
      report(`versionoverrides: the nested <VersionOverrides> must be xsi:type="VersionOverridesV1_1" in ${NS.versionOverrides11}`);
    }
  }
  checkOverridesBlock(outer, 'VersionOverridesV1_0', false, context);
  if (inner && inner.uri === NS.versionOverrides11) checkOverridesBlock(inner, 'VersionOverridesV1_1', true, context);
}

function checkOverridesBlock(block, label, pinnable, context) {
  const { report } = context;
  const uri = block.uri;
  const isNestedBlock = (element) => element.local === 'VersionOverrides'; // V1_1 is checked on its own
  checkOrder(block, ELEMENT_ORDER.VersionOverrides, uri, report, [NS.versionOverrides11]);
  for (const required of ['Requirements', 'Hosts', 'Resources']) {
    if (!child(block, required)) report(`required: <${required}> is missing from ${label}`);
  }

  const sets = path(block, 'Requirements', ['Sets', NS.basicTypes]);
  if (child(block, 'Requirements')) {
    const mailbox = sets && children(sets, 'Set', NS.basicTypes).some((s) => attr(s, 'Name') === 'Mailbox');
    if (!mailbox || attr(sets, 'DefaultMinVersion') !== MIN_MAILBOX_VERSION) {
      report(`requirements: ${label} must require <bt:Sets DefaultMinVersion="${MIN_MAILBOX_VERSION}"><bt:Set Name="Mailbox"/>`);
    }
  }

  // The command: Hosts > Host(MailHost) > DesktopFormFactor > ExtensionPoint(MessageReadCommandSurface) > OfficeTab(TabDefault) > Group > Control(Button) > Action(ShowTaskpane).
  const host = children(child(block, 'Hosts') ?? block, 'Host').find((h) => xsiType(h) === 'MailHost');
  const desktop = host && child(host, 'DesktopFormFactor');
  if (host) checkOrder(host, ELEMENT_ORDER.Host, uri, report);
  if (desktop) checkOrder(desktop, ELEMENT_ORDER.DesktopFormFactor, uri, report);
  const surface = desktop && children(desktop, 'ExtensionPoint').find((e) => xsiType(e) === 'MessageReadCommandSurface');
  const tab = surface && children(surface, 'OfficeTab').find((t) => attr(t, 'id') === 'TabDefault');
  const group = tab && child(tab, 'Group');
  const button = group && children(group, 'Control').find((c) => xsiType(c) === 'Button');
  const action = button && child(button, 'Action');
  if (!action || xsiType(action) !== 'ShowTaskpane') {
    report(`command: ${label} must have a Button with a ShowTaskpane action in a Group on <OfficeTab id="TabDefault"> of the MessageReadCommandSurface (MailHost, DesktopFormFactor)`);
  } else {
    checkOrder(group, ELEMENT_ORDER.Group, uri, report);
    checkOrder(button, ELEMENT_ORDER.Control, uri, report);
    const supertip = child(button, 'Supertip');
    if (supertip) checkOrder(supertip, ELEMENT_ORDER.Supertip, uri, report);
    for (const required of ['Label', 'Supertip', 'Icon']) {
      if (!child(button, required)) report(`command: the Button in ${label} has no <${required}>`);
    }
    if (!child(group, 'Label')) report(`command: the Group in ${label} has no <Label>`);
    checkOrder(action, ELEMENT_ORDER.Action, uri, report);
    const pinning = text(child(action, 'SupportsPinning'));
    if (pinnable && pinning !== 'true') report(`command: the ShowTaskpane action in ${label} must have <SupportsPinning>true</SupportsPinning>`);
    if (!pinnable && child(action, 'SupportsPinning')) report(`command: <SupportsPinning> belongs in VersionOverridesV1_1, not in ${label}`);
  }

  const resources = checkResources(block, label, isNestedBlock, context);
  if (button && resources) checkButtonIcons(button, label, resources, context);
  if (action && resources) {
    const url = resources.urls.get(attr(child(action, 'SourceLocation') ?? action, 'resid') ?? '');
    if (url !== undefined && url !== `${context.base}taskpane.html`) report(`command: the task pane URL in ${label} must be ${context.base}taskpane.html, found "${url}"`);
  }
}

/** Resource kinds by the <Resources> child that holds them, and the element that holds each entry. */
const RESOURCE_KINDS = [
  { kind: 'images', container: 'Images', entry: 'Image', max: undefined },
  { kind: 'urls', container: 'Urls', entry: 'Url', max: undefined },
  { kind: 'shortStrings', container: 'ShortStrings', entry: 'String', max: MAX.short },
  { kind: 'longStrings', container: 'LongStrings', entry: 'String', max: MAX.long },
];

/** Which resource kind a `resid` on this element must point to. */
function expectedKind(element, parent) {
  if (element.local === 'Image') return 'images';
  if (element.local === 'Label' || element.local === 'Title') return 'shortStrings';
  if (element.local === 'Description' && parent?.local === 'Supertip') return 'longStrings';
  if (element.local === 'SourceLocation' || element.local === 'FunctionFile') return 'urls';
  return undefined;
}

/**
 * Every resid points at an entry of the right kind in this block's <Resources>, every
 * entry is used, ids are unique and at most 32 characters, every string has its overrides.
 */
function checkResources(block, label, skipNested, { report }) {
  const resourcesElement = child(block, 'Resources');
  if (!resourcesElement) return undefined;
  checkOrder(resourcesElement, ELEMENT_ORDER.Resources, NS.basicTypes, report);
  const resources = { images: new Map(), urls: new Map(), shortStrings: new Map(), longStrings: new Map() };
  const seen = new Set();
  for (const { kind, container, entry, max } of RESOURCE_KINDS) {
    const holder = child(resourcesElement, container, NS.basicTypes);
    if (!holder) continue;
    for (const item of holder.children) {
      if (item.local !== entry || item.uri !== NS.basicTypes) {
        report(`resources: unexpected <${item.name}> in <bt:${container}> of ${label}`);
        continue;
      }
      const id = attr(item, 'id') ?? '';
      if (seen.has(id)) report(`resources: id "${id}" is defined twice in ${label}`);
      seen.add(id);
      if (id.length === 0 || id.length > MAX.resid) report(`resources: id "${id}" in ${label} must be 1 to ${MAX.resid} characters`);
      resources[kind].set(id, attr(item, 'DefaultValue') ?? '');
      if (max !== undefined) checkOverrides(item, `<bt:String id="${id}"> in ${label}`, max, 'Override', NS.basicTypes, report);
    }
  }

  const used = new Set();
  const visit = (element, parent) => {
    const resid = attr(element, 'resid');
    if (resid !== undefined) {
      const kind = expectedKind(element, parent);
      const holder = RESOURCE_KINDS.find((k) => k.kind === kind)?.container ?? '?';
      if (!kind) report(`resources: ${describe(element)} in ${label} cannot have a resid`);
      else if (!resources[kind].has(resid)) report(`resources: ${describe(element)} in ${label} points to no <bt:${holder}> entry "${resid}"`);
      used.add(`${kind}:${resid}`);
    }
    for (const c of element.children) {
      if (!skipNested(c)) visit(c, element);
    }
  };
  for (const c of block.children) {
    if (c.local !== 'Resources' && !skipNested(c)) visit(c, block);
  }
  for (const { kind, container } of RESOURCE_KINDS) {
    for (const id of resources[kind].keys()) {
      if (!used.has(`${kind}:${id}`)) report(`resources: <bt:${container}> entry "${id}" in ${label} is never used`);
    }
  }
  return resources;
}

function checkButtonIcons(button, label, resources, context) {
  const images = children(child(button, 'Icon') ?? button, 'Image', NS.basicTypes);
  const sizes = images.map((i) => Number(attr(i, 'size')));
  for (const size of BUTTON_ICON_SIZES) {
    if (!sizes.includes(size)) context.report(`icons: the Button in ${label} has no ${size} px <bt:Image>`);
  }
  for (const image of images) {
    const url = resources.images.get(attr(image, 'resid') ?? '');
    if (url) checkIconFile(url, Number(attr(image, 'size')), context);
  }
}

/** The icon at `url` is a PNG of size × size pixels in the files under the base URL. */
function checkIconFile(url, size, { report, base, filesRoot }) {
  if (!url.startsWith(base)) return; // reported by checkUrls
  const relative = decodeURIComponent(url.slice(base.length));
  const file = join(filesRoot, relative);
  if (!existsSync(file)) {
    report(`icons: ${relative} (for ${url}) does not exist under ${filesRoot}`);
    return;
  }
  let png;
  try {
    png = readPngSize(file);
  } catch (error) {
    report(`icons: ${relative} is not a readable PNG (${error.message})`);
    return;
  }
  if (png.width !== size || png.height !== size) report(`icons: ${relative} is ${png.width}×${png.height} px, expected ${size}×${size}`);
}

const pngSizes = new Map();

/** Width and height of the PNG in `file`, decoded in full (so a corrupt file fails); cached by file and mtime. */
function readPngSize(file) {
  const { mtimeMs, size } = statSync(file);
  const key = `${file}:${mtimeMs}:${size}`;
  if (!pngSizes.has(key)) {
    const png = PNG.sync.read(readFileSync(file));
    pngSizes.set(key, { width: png.width, height: png.height });
  }
  return pngSizes.get(key);
}

/**
 * Every URL is https and under the base URL (dev: https://localhost:3000/; production:
 * the public base, and no "localhost" anywhere). IconUrl is 64 px, HighResolutionIconUrl 128 px.
 */
function checkUrls(root, xml, context) {
  const { report, base, kind, filesRoot, requireFiles } = context;
  const urls = [];
  const collect = (element) => {
    for (const a of element.attributes) {
      if (a.uri === NS.xmlns || a.name === 'xmlns') continue; // namespace names, not locations
      if (/^[a-z][a-z0-9+.-]*:/i.test(a.value) && a.value.includes('//')) urls.push({ url: a.value, where: describe(element) });
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text(element))) urls.push({ url: text(element), where: describe(element), domain: element.local === 'AppDomain' });
    element.children.forEach(collect);
  };
  collect(root);

  for (const { url, where, domain } of urls) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      report(`urls: "${url}" in ${where} is not a URL`);
      continue;
    }
    if (parsed.protocol !== 'https:') report(`urls: ${url} in ${where} must be https`);
    else if (domain) {
      if (kind === 'production' && parsed.hostname === 'localhost') report(`urls: ${url} in ${where} points at localhost`);
    } else if (!url.startsWith(base)) report(`urls: ${url} in ${where} is not under ${base}`);
    else if (requireFiles && !existsSync(join(filesRoot, decodeURIComponent(url.slice(base.length))))) {
      report(`urls: ${url} in ${where} has no file ${url.slice(base.length)} under ${filesRoot}`);
    }
  }
  if (kind === 'development' && new URL(base).hostname !== 'localhost') report(`urls: the development manifest's base must be on localhost, found ${base}`);
  if (kind === 'production') {
    if (/localhost/i.test(xml)) report('urls: the production manifest mentions localhost');
    if (new URL(base).hostname === 'localhost') report(`urls: the production base ${base} is localhost`);
  }

  const iconUrl = attr(child(root, 'IconUrl') ?? root, 'DefaultValue');
  const highResolution = attr(child(root, 'HighResolutionIconUrl') ?? root, 'DefaultValue');
  if (iconUrl) checkIconFile(iconUrl, 64, context);
  if (highResolution) checkIconFile(highResolution, 128, context);
}

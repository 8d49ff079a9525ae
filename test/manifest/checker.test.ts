/**
 * Every rule of the manifest checker can fail: each case breaks the real manifest in one
 * way and expects the checker's specific complaint (so a green manifest test means
 * something, not that the checker checks nothing).
 */
import { checkManifest } from '../../scripts/manifest/check.mjs';
import type { CheckOptions } from '../../scripts/manifest/check.mjs';
import { stampProductionManifest } from '../../scripts/manifest/stamp.mjs';
import { devId, devOptions, devXml, productionOptions, productionXml, replaceOnce } from './fixtures';

const V11_START = '<VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1"';

/** The V1_1 block's text, so that cases can break the inner block rather than the outer one. */
function editV11(xml: string, edit: (block: string) => string): string {
  const start = xml.indexOf(V11_START);
  const end = xml.indexOf('</VersionOverrides>', start) + '</VersionOverrides>'.length;
  return xml.slice(0, start) + edit(xml.slice(start, end)) + xml.slice(end);
}

interface BreakCase {
  name: string;
  xml: () => string;
  expected: RegExp;
  options?: Partial<CheckOptions>;
}

const cases: BreakCase[] = [
  // Well-formed XML (a real parser, not regexes).
  { name: 'a missing end tag', xml: () => replaceOnce(devXml, '</Permissions>', ''), expected: /^xml: not well-formed XML \(\d+:\d+: unexpected close tag/ },
  { name: 'a duplicate attribute', xml: () => replaceOnce(devXml, '<Host Name="Mailbox"/>', '<Host Name="Mailbox" Name="Mailbox"/>'), expected: /^xml: not well-formed XML .*duplicate attribute/ },
  { name: 'a second root element', xml: () => `${devXml}<OfficeApp/>`, expected: /^xml: not well-formed XML .*only one root/ },
  { name: 'an unbound namespace prefix', xml: () => replaceOnce(devXml, '<bt:Set Name="Mailbox"/>', '<bz:Set Name="Mailbox"/>'), expected: /^xml: not well-formed XML .*unbound namespace prefix/ },
  // Root.
  { name: 'another kind of add-in', xml: () => replaceOnce(devXml, 'xsi:type="MailApp"', 'xsi:type="TaskPaneApp"'), expected: /^root: <OfficeApp> must have xsi:type="MailApp"/ },
  { name: 'a root in the wrong namespace', xml: () => replaceOnce(devXml, 'appforoffice/1.1"', 'appforoffice/1.0"'), expected: /^root: the root must be <OfficeApp> in/ },
  // Required elements and schema order at the top level.
  { name: 'no ProviderName', xml: () => replaceOnce(devXml, /\s*<ProviderName>[^<]*<\/ProviderName>/, ''), expected: /^required: <ProviderName> .*is missing from <OfficeApp>/ },
  { name: 'no VersionOverrides', xml: () => replaceOnce(devXml, /<VersionOverrides xmlns="http:\/\/schemas.microsoft.com\/office\/mailappversionoverrides" [\s\S]*<\/VersionOverrides>\s*<\/VersionOverrides>/, ''), expected: /^required: <VersionOverrides> .*is missing/ },
  {
    name: 'Permissions before FormSettings',
    xml: () => replaceOnce(replaceOnce(devXml, /\s*<Permissions>ReadItem<\/Permissions>/, ''), '<FormSettings>', '<Permissions>ReadItem</Permissions>\n  <FormSettings>'),
    expected: /^order: <FormSettings> must come before <Permissions> in <OfficeApp/,
  },
  { name: 'an element the schema does not have', xml: () => replaceOnce(devXml, '<Permissions>', '<Colour>blue</Colour>\n  <Permissions>'), expected: /^order: unexpected <Colour> in <OfficeApp/ },
  // VersionOverrides structure and order.
  {
    name: 'V1_1 not the last child of V1_0',
    xml: () => replaceOnce(devXml, /<\/VersionOverrides>\s*<\/VersionOverrides>/, '</VersionOverrides>\n    <EquivalentAddins/>\n  </VersionOverrides>'),
    expected: /^versionoverrides: VersionOverridesV1_1 must be the last child of VersionOverridesV1_0/,
  },
  { name: 'no V1_1 block', xml: () => replaceOnce(devXml, /<VersionOverrides xmlns="[^"]*\/1\.1"[\s\S]*?<\/VersionOverrides>/, ''), expected: /^versionoverrides: VersionOverridesV1_1 is missing/ },
  {
    name: 'Resources before Hosts',
    xml: () => {
      const resources = /\s*<Resources>[\s\S]*?<\/Resources>/.exec(devXml)![0];
      return replaceOnce(replaceOnce(devXml, resources, ''), '\n    <Hosts>', `${resources}\n    <Hosts>`);
    },
    expected: /^order: <Hosts> must come before <Resources> in <VersionOverrides xsi:type="VersionOverridesV1_0">/,
  },
  { name: 'the button Icon before its Supertip', xml: () => editV11(devXml, (b) => b.replace(/(\s*<Supertip>[\s\S]*?<\/Supertip>)(\s*<Icon>[\s\S]*?<\/Icon>)/, '$2$1')), expected: /^order: <Supertip> must come before <Icon> in <Control xsi:type="Button" id="BounceDoctor.Diagnose">/ },
  { name: 'SupportsPinning before SourceLocation', xml: () => editV11(devXml, (b) => b.replace(/(\s*<SourceLocation resid="[^"]*"\/>)(\s*<SupportsPinning>true<\/SupportsPinning>)/, '$2$1')), expected: /^order: <SourceLocation> must come before <SupportsPinning> in <Action xsi:type="ShowTaskpane">/ },
  { name: 'LongStrings before ShortStrings', xml: () => editV11(devXml, (b) => b.replace(/(\s*<bt:ShortStrings>[\s\S]*?<\/bt:ShortStrings>)(\s*<bt:LongStrings>[\s\S]*?<\/bt:LongStrings>)/, '$2$1')), expected: /^order: <bt:ShortStrings> must come before <bt:LongStrings> in <Resources>/ },
  { name: 'the button on the compose ribbon', xml: () => editV11(devXml, (b) => b.replace('MessageReadCommandSurface', 'MessageComposeCommandSurface')), expected: /^command: VersionOverridesV1_1 must have a Button with a ShowTaskpane action/ },
  { name: 'the button on a custom tab', xml: () => replaceOnce(devXml, '<OfficeTab id="TabDefault">', '<OfficeTab id="TabHome">'), expected: /^command: VersionOverridesV1_0 must have a Button/ },
  { name: 'no SupportsPinning in V1_1', xml: () => replaceOnce(devXml, /\s*<SupportsPinning>true<\/SupportsPinning>/, ''), expected: /^command: the ShowTaskpane action in VersionOverridesV1_1 must have <SupportsPinning>true/ },
  { name: 'SupportsPinning in V1_0', xml: () => replaceOnce(devXml, /(<SourceLocation resid="BounceDoctor.Taskpane.Url"\/>)/, '$1<SupportsPinning>true</SupportsPinning>'), expected: /^command: <SupportsPinning> belongs in VersionOverridesV1_1, not in VersionOverridesV1_0/ },
  { name: 'a button without a tooltip', xml: () => editV11(devXml, (b) => b.replace(/\s*<Supertip>[\s\S]*?<\/Supertip>/, '')), expected: /^command: the Button in VersionOverridesV1_1 has no <Supertip>/ },
  { name: 'a wrong task pane URL', xml: () => editV11(devXml, (b) => b.replace('<bt:Url id="BounceDoctor.Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>', '<bt:Url id="BounceDoctor.Taskpane.Url" DefaultValue="https://localhost:3000/index.html"/>')), expected: /^command: the task pane URL in VersionOverridesV1_1 must be https:\/\/localhost:3000\/taskpane.html/ },
  // Resources: every resid resolves, to the right kind, and every resource is used.
  { name: 'a resid with no resource', xml: () => replaceOnce(devXml, '<Label resid="BounceDoctor.Group.Label"/>', '<Label resid="BounceDoctor.Nothing"/>'), expected: /^resources: <Label resid="BounceDoctor.Nothing"> in VersionOverridesV1_0 points to no <bt:ShortStrings> entry "BounceDoctor.Nothing"/ },
  { name: 'a tooltip pointing at a short string', xml: () => replaceOnce(devXml, '<Description resid="BounceDoctor.Diagnose.Tooltip"/>', '<Description resid="BounceDoctor.Group.Label"/>'), expected: /^resources: <Description resid="BounceDoctor.Group.Label"> in VersionOverridesV1_0 points to no <bt:LongStrings> entry/ },
  { name: 'a resource nobody uses', xml: () => editV11(devXml, (b) => b.replace('<bt:ShortStrings>', '<bt:ShortStrings>\n<bt:String id="BounceDoctor.Spare" DefaultValue="Spare"><bt:Override Locale="nl-NL" Value="Reserve"/></bt:String>')), expected: /^resources: <bt:ShortStrings> entry "BounceDoctor.Spare" in VersionOverridesV1_1 is never used/ },
  { name: 'a resource id used twice', xml: () => editV11(devXml, (b) => b.replace('<bt:Urls>', '<bt:Urls>\n<bt:Url id="BounceDoctor.Icon.16" DefaultValue="https://localhost:3000/taskpane.html"/>')), expected: /^resources: id "BounceDoctor.Icon.16" is defined twice in VersionOverridesV1_1/ },
  { name: 'a resource id over 32 characters', xml: () => devXml.split('BounceDoctor.Diagnose.Tooltip').join('BounceDoctor.Diagnose.TooltipText'), expected: /^resources: id "BounceDoctor.Diagnose.TooltipText" in VersionOverridesV1_0 must be 1 to 32 characters/ },
  // Localization: an nl-NL override for each en-US string, full cultures, lengths.
  { name: 'a tooltip without Dutch', xml: () => replaceOnce(devXml, /\s*<bt:Override Locale="nl-NL" Value="Legt uit waarom dit bericht[^"]*"\/>/, ''), expected: /^localization: <bt:String id="BounceDoctor.Diagnose.Tooltip"> in VersionOverridesV1_0 has no nl-NL override/ },
  { name: 'a button label without Dutch (V1_1)', xml: () => editV11(devXml, (b) => b.replace(/\s*<bt:Override Locale="nl-NL" Value="Bounce analyseren"\/>/, '')), expected: /^localization: <bt:String id="BounceDoctor.Diagnose.Label"> in VersionOverridesV1_1 has no nl-NL override/ },
  { name: 'a display name without Dutch', xml: () => replaceOnce(devXml, /\s*<Override Locale="nl-NL" Value="Bounce Doctor"\/>/, ''), expected: /^localization: <DisplayName> has no nl-NL override/ },
  { name: 'a description without Dutch', xml: () => replaceOnce(devXml, /\s*<Override Locale="nl-NL" Value="Legt uit waarom uw e-mail[^"]*"\/>/, ''), expected: /^localization: <Description> has no nl-NL override/ },
  { name: 'a bare language as locale', xml: () => replaceOnce(devXml, '<Override Locale="nl-NL" Value="Bounce Doctor"/>', '<Override Locale="nl-NL" Value="Bounce Doctor"/><Override Locale="nl" Value="Bounce Doctor"/>'), expected: /^localization: <DisplayName> override locale "nl" must be a full culture/ },
  { name: 'a button label over 125 characters', xml: () => replaceOnce(devXml, 'DefaultValue="Diagnose bounce"', `DefaultValue="${'Diagnose '.repeat(15)}"`), expected: /^strings: <bt:String id="BounceDoctor.Diagnose.Label"> in VersionOverridesV1_0 DefaultValue is 135 characters, at most 125 allowed/ },
  { name: 'an empty display name', xml: () => replaceOnce(devXml, '<DisplayName DefaultValue="Bounce Doctor">', '<DisplayName DefaultValue="">'), expected: /^strings: <DisplayName> has no DefaultValue/ },
  // Icons: PNG files of the declared pixel sizes.
  { name: 'a missing icon file', xml: () => replaceOnce(devXml, 'assets/icon-32.png', 'assets/icon-33.png'), expected: /^icons: assets\/icon-33.png \(for https:\/\/localhost:3000\/assets\/icon-33.png\) does not exist/ },
  { name: 'a 64 px file as the 80 px button icon', xml: () => replaceOnce(devXml, 'assets/icon-80.png', 'assets/icon-64.png'), expected: /^icons: assets\/icon-64.png is 64×64 px, expected 80×80/ },
  { name: 'a 128 px file as IconUrl', xml: () => replaceOnce(devXml, '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>', '<IconUrl DefaultValue="https://localhost:3000/assets/icon-128.png"/>'), expected: /^icons: assets\/icon-128.png is 128×128 px, expected 64×64/ },
  { name: 'a high-resolution icon of 64 px', xml: () => replaceOnce(devXml, '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-128.png"/>', '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>'), expected: /^icons: assets\/icon-64.png is 64×64 px, expected 128×128/ },
  { name: 'an icon that is not a PNG', xml: () => replaceOnce(devXml, 'https://localhost:3000/assets/icon-16.png', 'https://localhost:3000/package.json'), expected: /^icons: package.json is not a readable PNG/ },
  { name: 'a button without its 80 px icon', xml: () => replaceOnce(devXml, /\s*<bt:Image size="80" resid="BounceDoctor.Icon.80"\/>/, ''), expected: /^icons: the Button in VersionOverridesV1_0 has no 80 px <bt:Image>/ },
  // URLs: https only, under the base; production never localhost.
  { name: 'an http URL', xml: () => replaceOnce(devXml, '<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://'), expected: /^urls: http:\/\/localhost:3000\/taskpane.html in <SupportUrl> must be https/ },
  { name: 'a dev URL off the dev server', xml: () => replaceOnce(devXml, '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>', '<SupportUrl DefaultValue="https://contoso.example/help"/>'), expected: /^urls: https:\/\/contoso.example\/help in <SupportUrl> is not under https:\/\/localhost:3000\// },
  { name: 'a production manifest with a localhost URL left', xml: () => replaceOnce(productionXml, '<SupportUrl DefaultValue="https://bounce.contoso.com/taskpane.html"/>', '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>'), options: productionOptions, expected: /^urls: the production manifest mentions localhost/ },
  { name: 'a production manifest with the dev Id', xml: () => replaceOnce(productionXml, /<Id>[^<]*<\/Id>/, `<Id>${devId}</Id>`), options: productionOptions, expected: /^id: <Id> [0-9a-f-]+ is the same as the other manifest's/ },
  { name: 'a production manifest checked against the wrong base', xml: () => stampProductionManifest(devXml, 'https://elsewhere.contoso.com/'), options: productionOptions, expected: /^urls: https:\/\/elsewhere.contoso.com\/assets\/icon-64.png in <IconUrl> is not under https:\/\/bounce.contoso.com\// },
  // Identity, version, permissions, requirements, rule, form settings.
  { name: 'an Id that is not a GUID', xml: () => replaceOnce(devXml, /<Id>[^<]*<\/Id>/, '<Id>bounce-doctor</Id>'), expected: /^id: <Id> must be a GUID, found "bounce-doctor"/ },
  {
    name: 'a version behind package.json',
    xml: () => replaceOnce(devXml, /<Version>[^<]*<\/Version>/, '<Version>0.0.1.0</Version>'),
    options: { packageVersion: '0.2.0' },
    expected: /^version: <Version> is "0\.0\.1\.0", package.json says 0\.2\.0 \(expected "0\.2\.0\.0"\); `npm version` keeps them together/,
  },
  { name: 'a package version the manifest cannot take', xml: () => devXml, options: { packageVersion: '1.0.0-beta.1' }, expected: /^version: package.json version "1.0.0-beta.1" must be X.Y.Z/ },
  { name: 'a wider permission', xml: () => replaceOnce(devXml, '<Permissions>ReadItem</Permissions>', '<Permissions>ReadWriteMailbox</Permissions>'), expected: /^permissions: <Permissions> must be ReadItem/ },
  { name: 'a higher minimum Mailbox version', xml: () => replaceOnce(devXml, 'MinVersion="1.3"', 'MinVersion="1.8"'), expected: /^requirements: Mailbox MinVersion must be 1.3, found "1.8"/ },
  { name: 'a higher minimum in V1_1', xml: () => editV11(devXml, (b) => b.replace('DefaultMinVersion="1.3"', 'DefaultMinVersion="1.5"')), expected: /^requirements: VersionOverridesV1_1 must require <bt:Sets DefaultMinVersion="1.3">/ },
  { name: 'a rule for compose forms', xml: () => replaceOnce(devXml, 'FormType="Read"', 'FormType="Edit"'), expected: /^rule: <Rule> must contain <Rule xsi:type="ItemIs" ItemType="Message" FormType="Read"\/>/ },
  { name: 'a rule with Mode And', xml: () => replaceOnce(devXml, 'Mode="Or"', 'Mode="And"'), expected: /^rule: <Rule> must be xsi:type="RuleCollection" Mode="Or"/ },
  { name: 'another default locale', xml: () => replaceOnce(devXml, '<DefaultLocale>en-US</DefaultLocale>', '<DefaultLocale>nl-NL</DefaultLocale>'), expected: /^locale: <DefaultLocale> must be en-US, found "nl-NL"/ },
  { name: 'a wrong SourceLocation', xml: () => replaceOnce(devXml, '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', '<SourceLocation DefaultValue="https://localhost:3000/index.html"/>'), expected: /^formsettings: SourceLocation must be https:\/\/localhost:3000\/taskpane.html, found "https:\/\/localhost:3000\/index.html"/ },
  { name: 'a RequestedHeight out of range', xml: () => replaceOnce(devXml, '<RequestedHeight>450</RequestedHeight>', '<RequestedHeight>600</RequestedHeight>'), expected: /^formsettings: RequestedHeight must be a whole number from 32 to 450/ },
  { name: 'no Mailbox host', xml: () => replaceOnce(devXml, '<Host Name="Mailbox"/>', '<Host Name="Workbook"/>'), expected: /^hosts: <Hosts> must contain <Host Name="Mailbox"\/>/ },
];

describe('the manifest checker', () => {
  it('finds nothing wrong with the real manifests (the baseline every case below departs from)', () => {
    expect(checkManifest(devXml, devOptions)).toEqual([]);
    expect(checkManifest(productionXml, productionOptions)).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c] as const))('reports %s', (_name, { xml, expected, options }) => {
    const problems = checkManifest(xml(), { ...devOptions, ...options });
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });
});

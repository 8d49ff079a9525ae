/**
 * @jest-environment jsdom
 *
 * The stand-alone page (outside Outlook): intro, paste, file picker and drop
 * zone, sample gallery, the language switch, and compose through the host.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { diagnose, renderScenario } from '../../src/ndr';
import type { UiLanguage } from '../../src/ndr/types';
import { translator } from '../../src/taskpane/i18n';
import { sampleText } from './support/fake-host';
import { findHeadline, renderApp } from './support/render';

const LANGUAGES: ReadonlyArray<[string, UiLanguage]> = [
  ['en-GB', 'en'],
  ['nl-BE', 'nl'],
];

async function titleOf(file: string, lang: UiLanguage): Promise<string> {
  const diagnosis = await diagnose({ raw: sampleText(file) });
  return renderScenario(diagnosis.scenarios[0]!, diagnosis.facts, lang).title;
}

const standalone = (displayLanguage = 'en-US') => ({ kind: 'standalone' as const, displayLanguage, capabilities: ['compose' as const] });

describe.each(LANGUAGES)('stand-alone, browser language %s', (displayLanguage, lang) => {
  const t = translator(lang);

  it('introduces Bounce Doctor and offers paste, file and samples, without reading an item', async () => {
    const { host } = renderApp(standalone(displayLanguage));
    expect(await findHeadline(t('appName'))).toBeInTheDocument();
    expect(screen.getByText(t('standaloneIntro'))).toBeInTheDocument();
    expect(screen.getByText(t('standaloneInOutlook'))).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: t('pasteLabel') })).toBeInTheDocument();
    expect(screen.getByLabelText(t('fileLabel'))).toHaveAttribute('type', 'file');
    expect(screen.getByRole('region', { name: t('samplesHeading') })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: t('languageLabel') })).toHaveValue(lang);
    expect(document.documentElement.lang).toBe(lang);
    expect(host.readCount).toBe(0);
  });

  it('diagnoses a pasted bounce', async () => {
    const user = userEvent.setup();
    renderApp(standalone(displayLanguage));
    await user.click(screen.getByRole('textbox', { name: t('pasteLabel') }));
    await user.paste(sampleText('restricted-group-nl.eml'));
    await user.click(screen.getByRole('button', { name: t('diagnoseButton') }));
    const headline = await findHeadline(/Directie Overleg/);
    expect(headline).toHaveFocus();
    expect(screen.getByText(t('sourcePasted'))).toBeInTheDocument();
    expect(screen.getAllByText('550 5.7.1').length).toBeGreaterThan(0);
  });

  it('diagnoses a sample from the gallery and goes back', async () => {
    const user = userEvent.setup();
    renderApp(standalone(displayLanguage));
    const gallery = screen.getByRole('region', { name: t('samplesHeading') });
    await user.click(within(gallery).getByRole('button', { name: new RegExp(t('sampleRestrictedEnTitle').replace(/[()]/g, '.')) }));
    await findHeadline(lang === 'en' ? 'Sales All only accepts mail from certain senders' : /Sales All/);
    expect(screen.getByText(t('sourceSample', { title: t('sampleRestrictedEnTitle') }))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t('diagnoseAnother') }));
    expect(await findHeadline(t('appName'))).toHaveFocus();
  });

  it('says when a sample is not a bounce', async () => {
    const user = userEvent.setup();
    renderApp(standalone(displayLanguage));
    await user.click(screen.getByRole('button', { name: new RegExp(t('sampleNotABounceTitle')) }));
    await findHeadline(t('notABounceHeading'));
    expect(screen.getByText(t('notABounceInput'))).toBeInTheDocument();
    expect(screen.queryByText(t('notABounceForwardHint'))).toBeNull();
  });

  it('diagnoses a chosen .eml file', async () => {
    const user = userEvent.setup();
    renderApp(standalone(displayLanguage));
    const file = new File([sampleText('public-folder.eml')], 'Undeliverable Invoice.eml', { type: 'message/rfc822' });
    // Wait from before the upload: the file is read in a later task, which must not fall outside act().
    const headline = findHeadline(await titleOf('public-folder.eml', lang));
    await user.upload(screen.getByLabelText(t('fileLabel')), file);
    await headline;
    expect(screen.getByText(t('sourceFile', { name: 'Undeliverable Invoice.eml' }))).toBeInTheDocument();
    expect(screen.getAllByText('invoices@fabrikam.com').length).toBeGreaterThan(0);
  });

  it('refuses an Outlook .msg file with a clear sentence', async () => {
    renderApp(standalone(displayLanguage));
    const input = screen.getByLabelText(t('fileLabel'));
    const file = new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])], 'Undeliverable.msg', { type: 'application/vnd.ms-outlook' });
    // userEvent.upload honours `accept` and would drop the file; a drop or a picker set to "All files" would not.
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText(t('fileMsgRefused'))).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(t('appName'));
  });

  it('refuses a file over 10 MB', async () => {
    renderApp(standalone(displayLanguage));
    const file = new File(['x'], 'huge.eml');
    Object.defineProperty(file, 'size', { value: 10 * 1024 * 1024 + 1 });
    fireEvent.change(screen.getByLabelText(t('fileLabel')), { target: { files: [file] } });
    expect(await screen.findByText(t('fileTooLarge', { name: 'huge.eml' }))).toBeInTheDocument();
  });
});

describe('stand-alone details', () => {
  const t = translator('en');
  const nl = translator('nl');

  it('diagnoses a file dropped on the drop zone', async () => {
    renderApp(standalone());
    const file = new File([sampleText('dmarc-gmail.eml')], 'dmarc.eml');
    const headline = findHeadline(await titleOf('dmarc-gmail.eml', 'en'));
    fireEvent.drop(screen.getByTestId('file-drop-zone'), { dataTransfer: { files: [file], types: ['Files'] } });
    await headline;
    expect(screen.getByText(t('sourceFile', { name: 'dmarc.eml' }))).toBeInTheDocument();
  });

  it('refuses a dropped file of another type', async () => {
    renderApp(standalone());
    const file = new File(['PNG'], 'screenshot.png', { type: 'image/png' });
    fireEvent.drop(screen.getByTestId('file-drop-zone'), { dataTransfer: { files: [file], types: ['Files'] } });
    expect(await screen.findByText(t('fileWrongType', { name: 'screenshot.png' }))).toBeInTheDocument();
  });

  it('switches the language with the switch in the header', async () => {
    const user = userEvent.setup();
    renderApp(standalone('en-US'));
    await user.selectOptions(screen.getByRole('combobox', { name: t('languageLabel') }), 'nl');
    expect(await findHeadline(nl('appName'))).toBeInTheDocument();
    expect(screen.getByText(nl('standaloneIntro'))).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
  });

  it('opens new messages through the host (a mailto: link there), without attaching anything', async () => {
    const user = userEvent.setup();
    const { host } = renderApp(standalone());
    await user.click(screen.getByRole('button', { name: new RegExp(t('sampleRestrictedEnTitle').replace(/[()]/g, '.')) }));
    await findHeadline();
    expect(screen.queryByText(t('sendToItAttachHint'), { exact: false })).toBeNull();
    await user.click(screen.getByRole('button', { name: t('sendToItButton') }));
    await user.click(screen.getByRole('button', { name: t('askPermissionButton') }));
    await user.click(await screen.findByRole('button', { name: 'Write the request' }));
    await waitFor(() => expect(host.composed).toHaveLength(2));
    expect(host.composed[0]!.attachCurrentItem).toBeUndefined();
    expect(host.composed[1]!.subject).toContain('Sales All');
  });
});

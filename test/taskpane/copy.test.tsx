/**
 * @jest-environment jsdom
 *
 * Copying PowerShell: the Clipboard API, the execCommand fallback, and the
 * select-it-yourself box; "Copied" is visible and in a live region.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { copyText } from '../../src/taskpane/clipboard';
import { translator } from '../../src/taskpane/i18n';
import { sampleSnapshot } from './support/fake-host';
import { findHeadline, renderApp } from './support/render';

const t = translator('en');

function mockClipboard(writeText: (text: string) => Promise<void>): jest.Mock {
  const mock = jest.fn(writeText);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: mock }, configurable: true });
  return mock;
}

function mockExecCommand(result: boolean | Error): jest.Mock {
  const mock = jest.fn(() => {
    if (result instanceof Error) throw result;
    return result;
  });
  Object.defineProperty(document, 'execCommand', { value: mock, configurable: true, writable: true });
  return mock;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(document, 'execCommand');
});

/** The admin tab of the restricted-group bounce, with its first command's copy button. */
async function firstCommand() {
  const user = userEvent.setup();
  renderApp({ read: () => Promise.resolve(sampleSnapshot('restricted-group-en.eml')) });
  await findHeadline();
  await user.click(screen.getByRole('tab', { name: t('tabAdmin') }));
  const panel = screen.getByRole('tabpanel');
  const buttons = within(panel).getAllByRole('button', { name: new RegExp(`^${t('copyButton')}`) });
  return { user, panel, button: buttons[1]! };
}

describe('copy button', () => {
  it('writes the command to the clipboard and says "Copied" in a live region', async () => {
    const { user, panel, button } = await firstCommand();
    const writeText = mockClipboard(() => Promise.resolve());
    expect(button).toHaveAccessibleName(expect.stringContaining(t('copyButton')) as unknown as string);
    await user.click(button);
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^Get-DistributionGroup -Identity 'sales-all@contoso\.com'/));
    const status = within(panel).getAllByRole('status').find((element) => element.textContent === t('copied'));
    expect(status).toBeDefined();
    expect(status).toHaveAttribute('aria-live', 'polite');
  });

  it('falls back to execCommand when the Clipboard API refuses', async () => {
    const { user, panel, button } = await firstCommand();
    const writeText = mockClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    const execCommand = mockExecCommand(true);
    await user.click(button);
    expect(writeText).toHaveBeenCalled();
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(await within(panel).findByText(t('copied'))).toBeInTheDocument();
    // The temporary textarea is gone again.
    expect(document.querySelectorAll('textarea[aria-hidden="true"]')).toHaveLength(0);
  });

  it('shows the text to select and copy by hand when both ways fail', async () => {
    const { user, panel, button } = await firstCommand();
    mockClipboard(() => Promise.reject(new Error('Denied')));
    mockExecCommand(false);
    await user.click(button);
    const manual = await within(panel).findByRole('textbox', { name: t('copyManualLabel') });
    expect((manual as HTMLTextAreaElement).value).toMatch(/^Get-DistributionGroup/);
    expect(manual).toHaveFocus();
    expect(within(panel).getByText(t('copyManual'))).toBeInTheDocument();
    expect(within(panel).queryByText(t('copied'))).toBeNull();
  });
});

describe('copyText', () => {
  it('copies with the Clipboard API', async () => {
    const writeText = mockClipboard(() => Promise.resolve());
    await expect(copyText('hello')).resolves.toBe('copied');
    expect(writeText).toHaveBeenCalledWith('hello');
  });

  it('uses a hidden textarea without the Clipboard API, and restores the focus', async () => {
    const button = document.body.appendChild(document.createElement('button'));
    button.focus();
    let copied = '';
    const execCommand = mockExecCommand(true);
    execCommand.mockImplementation(() => {
      copied = (document.activeElement as HTMLTextAreaElement).value;
      return true;
    });
    await expect(copyText('fallback text')).resolves.toBe('copied');
    expect(copied).toBe('fallback text');
    expect(button).toHaveFocus();
    button.remove();
  });

  it('answers "manual" when execCommand throws or is missing', async () => {
    mockExecCommand(new Error('not allowed'));
    await expect(copyText('x')).resolves.toBe('manual');
    Reflect.deleteProperty(document, 'execCommand');
    await expect(copyText('x')).resolves.toBe('manual');
  });
});

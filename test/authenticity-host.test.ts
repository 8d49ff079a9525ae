/**
 * The user's own address, from Outlook (`mailbox.userProfile.emailAddress`,
 * Mailbox 1.1) through the host contract: the authenticity check's idea of
 * "our organisation" never comes from the bounce.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../src/ndr';
import { createOutlookHost } from '../src/office/outlook-host';
import { useFakeOffice } from './office/fixtures';

const fakeOffice = useFakeOffice();

describe('the user’s address from Outlook', () => {
  it('is the signed-in user’s, as Office gives it', () => {
    fakeOffice({ userAddress: 'pieter.deboer@contoso.nl' });
    expect(createOutlookHost().userAddress).toBe('pieter.deboer@contoso.nl');
  });

  it('is absent when Office gives none', () => {
    fakeOffice({ userAddress: '' });
    expect(createOutlookHost()).not.toHaveProperty('userAddress');
  });

  it('decides whose look-alike the sender is', async () => {
    fakeOffice({ userAddress: 'jan@contoso.com' });
    const host = createOutlookHost();
    const raw = readFileSync(join(__dirname, 'fixtures/forged/forged-look-alike-sender.en.eml'));
    const withUser = await diagnose({ raw }, host.userAddress ? { userAddress: host.userAddress } : {});
    expect(withUser.authenticity.verdict).toBe('forged');
    // Another organisation's user gets the same message judged on its own merits.
    expect((await diagnose({ raw }, { userAddress: 'someone@fabrikam.com' })).authenticity.verdict).not.toBe('forged');
  });
});

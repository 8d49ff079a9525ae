/** Filling placeholders: real values, visible gaps, and nothing a bounce can inject. */
import { safeValue, fillCommand, fillText, quotePowerShell, validateValue } from '../../src/ndr/catalog/fill';

describe('fillText', () => {
  it('puts the values in', () => {
    expect(fillText('Add {sender} to {group}.', { sender: 'jan@fabrikam.com', group: 'Sales All (sales-all@contoso.com)' }, 'en')).toBe(
      'Add jan@fabrikam.com to Sales All (sales-all@contoso.com).',
    );
  });

  it('shows a missing value as a visible placeholder in the reader’s language', () => {
    expect(fillText('Ask {groupAddress}.', {}, 'en')).toBe('Ask <group address>.');
    expect(fillText('Vraag {groupAddress}.', {}, 'nl')).toBe('Vraag <groepsadres>.');
  });

  it('uses the template’s own words when it has them', () => {
    expect(fillText('{groupName|This group} is closed', {}, 'en')).toBe('This group is closed');
    expect(fillText('{groupName|This group} is closed', { groupName: 'Sales All' }, 'en')).toBe('Sales All is closed');
  });

  it('treats an invalid value as missing', () => {
    expect(fillText('IP {ip}', { ip: '999.1.1.1' }, 'en')).toBe('IP <sending IP address>');
    expect(fillText('to {recipient}', { recipient: 'not an address' }, 'en')).toBe('to <recipient address>');
  });

  it('leaves unknown names and PowerShell braces alone', () => {
    expect(fillText('{unknownThing} @{Add=1} { $_.Name }', {}, 'en')).toBe('{unknownThing} @{Add=1} { $_.Name }');
  });

  it('keeps text values on one line', () => {
    expect(fillText('{groupName}', { groupName: 'Sales\r\nAll\u2028Team' }, 'en')).toBe('Sales All Team');
  });
});

describe('fillCommand', () => {
  it('quotes values with single quotes', () => {
    const filled = fillCommand(
      'Set-DistributionGroup -Identity {groupIdentity} -AcceptMessagesOnlyFromSendersOrMembers @{Add={sender}}',
      { groupIdentity: 'sales-all@contoso.com', sender: 'jan@fabrikam.com' },
      'en',
    );
    expect(filled).toEqual({
      command:
        "Set-DistributionGroup -Identity 'sales-all@contoso.com' -AcceptMessagesOnlyFromSendersOrMembers @{Add='jan@fabrikam.com'}",
      missing: [],
      withheld: [],
    });
  });

  it('leaves a suspect value out: the placeholder stays and the value is listed as withheld', () => {
    const filled = fillCommand(
      'Set-DistributionGroup -Identity {groupIdentity} -AcceptMessagesOnlyFromSendersOrMembers @{Add={sender}}',
      { groupIdentity: 's\u0430les-all@contoso.com', sender: 'jan@fabrikam.com' },
      'en',
      new Set(['groupIdentity'] as const),
    );
    expect(filled.command).toBe("Set-DistributionGroup -Identity <group address> -AcceptMessagesOnlyFromSendersOrMembers @{Add='jan@fabrikam.com'}");
    expect(filled.command).not.toContain('\u0430');
    expect(filled.missing).toEqual(['groupIdentity']);
    expect(filled.withheld).toEqual(['groupIdentity']);
  });

  it('fills in addresses with non-ASCII letters (RFC 6531) but strips hidden characters from them', () => {
    expect(fillCommand('Get-Recipient {recipient}', { recipient: 'José@Exämple.nl' }, 'en').command).toBe("Get-Recipient 'josé@exämple.nl'");
    expect(fillCommand('Get-Recipient {recipient}', { recipient: 'sales\u200b@contoso.com' }, 'en').command).toBe("Get-Recipient 'sales@contoso.com'");
    expect(validateValue('address', 'jos\u00e9 @exämple.nl')).toBeUndefined();
  });

  it('drops bidi controls and zero-width characters from quoted text instead of keeping them', () => {
    const quoted = quotePowerShell('Sales\u202eteg\u2066x\u200dy\ufeff');
    expect(quoted).toBe("'Salestegxy'");
  });

  it('never leaves an empty argument: missing values stay visible and are listed', () => {
    const filled = fillCommand('Set-DistributionGroup -Identity {groupIdentity} -X {sender} -Y {groupIdentity}', { groupIdentity: '' }, 'nl');
    expect(filled.command).toBe('Set-DistributionGroup -Identity <groepsadres> -X <adres van de afzender> -Y <groepsadres>');
    expect(filled.missing).toEqual(['groupIdentity', 'sender']);
    expect(filled.command).not.toContain("''");
  });

  it('cannot be broken out of: quotes are doubled, metacharacters removed', () => {
    const filled = fillCommand('Get-DistributionGroup -Identity {groupIdentity}', { groupIdentity: "Sales'; Remove-Mailbox x" }, 'en');
    expect(filled.command).toBe("Get-DistributionGroup -Identity 'Sales'' Remove-Mailbox x'");
    // Exactly one string literal: the value is inside it.
    expect(filled.command.replace(/'(?:[^']|'')*'/g, 'STRING')).toBe('Get-DistributionGroup -Identity STRING');
  });

  it('removes the characters that start a second command or expand inside strings', () => {
    const nasty = 'a`b$(c)"d;e|f&g\nh\u2019i\u201cj';
    const quoted = quotePowerShell(nasty);
    expect(quoted).not.toMatch(/[`$";|&\n\u201c]/);
    expect(quoted).toBe("'a b (c) d e f g h''i j'");
  });

  it('checks addresses, domains and IPs before using them', () => {
    expect(validateValue('address', 'Jan@Fabrikam.com')).toBe('jan@fabrikam.com');
    expect(validateValue('address', "jan@fabrikam.com'; rm")).toBeUndefined();
    expect(validateValue('domain', 'contoso.com')).toBe('contoso.com');
    expect(validateValue('domain', 'contoso.com; x')).toBeUndefined();
    expect(validateValue('ip', '192.0.2.25')).toBe('192.0.2.25');
    expect(validateValue('ip', '2001:db8::25')).toBe('2001:db8::25');
    expect(validateValue('ip', '192.0.2')).toBeUndefined();
    expect(validateValue('status', '5.7.1')).toBe('5.7.1');
    expect(validateValue('pattern', 'Mail to [the board] is *closed*')).toBe('*Mail to the board is closed*');
  });

  it('bounds the length of free text', () => {
    expect(safeValue('x'.repeat(5000)).length).toBeLessThanOrEqual(300);
  });
});

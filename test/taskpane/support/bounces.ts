/** Bounces the component tests need beyond samples/: forwarded to a helpdesk, in German, hostile. */
import type { ItemSnapshot } from '../../../src/office/host';

/** A user forwarded a Dutch bounce inline to the helpdesk (Outlook's "Oorspronkelijk bericht" block). */
export const forwardedToHelpdesk: ItemSnapshot = {
  itemId: 'AAMkForwarded',
  itemClass: 'IPM.Note',
  subject: 'FW: Onbestelbaar: Agenda teamoverleg',
  notes: [],
  source: {
    subject: 'FW: Onbestelbaar: Agenda teamoverleg',
    from: 'Sanne Jansen <sanne.jansen@fabrikam.nl>',
    text: [
      'Zie hieronder, kunnen jullie helpen?',
      '',
      '-----Oorspronkelijk bericht-----',
      'Van: Microsoft Outlook <postmaster@contoso.nl>',
      'Verzonden: dinsdag 24 november 2026 10:14',
      'Aan: Sanne Jansen <sanne.jansen@fabrikam.nl>',
      'Onderwerp: Onbestelbaar: Agenda teamoverleg',
      '',
      'Uw bericht kan niet worden bezorgd bij de volgende geadresseerden of groepen:',
      '',
      'Directie Overleg (directie-overleg@contoso.nl)<mailto:directie-overleg@contoso.nl>',
      '',
      'Diagnostische gegevens voor beheerders:',
      '',
      'Bronserver: AM9PR03MB0003.eurprd03.prod.outlook.com',
      '',
      'directie-overleg@contoso.nl',
      "Remote Server returned '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized'",
    ].join('\r\n'),
  },
};

/** An Exchange bounce written in German (the engine reads it; we explain it in en or nl). */
export const germanBounceText = [
  'Die Nachricht konnte nicht zugestellt werden.',
  '',
  'board@contoso.com<mailto:board@contoso.com>',
  '',
  'Diagnoseinformationen für Administratoren:',
  '',
  'Generierender Server: EX01.contoso.com',
  '',
  'board@contoso.com',
  "Remote Server returned '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized'",
].join('\r\n');

/**
 * A "bounce" in HTML that tries everything: a script, an image with onerror,
 * a javascript: link, a phishing link, markup in the group name and the reply.
 */
export const hostileHtml = `<!doctype html><html><head><script>window.__pwned = 1</script></head><body>
<p>Delivery has failed to these recipients or groups:</p>
<p><b>Sales &lt;img src=x onerror=alert(2)&gt; All</b> (sales-all@contoso.com)</p>
<p>Your message couldn't be delivered because you don't have permission to send to this group.</p>
<img src="https://evil.example/pixel.png" onerror="window.__pwned = 2">
<script>document.body.innerHTML = 'pwned'</script>
<p><a href="javascript:window.__pwned=3">Release your messages</a> or
<a href="https://login.evil.example/verify">verify your account</a></p>
<p>Diagnostic information for administrators:</p>
<p>Generating server: DB9PR01MB0001.eurprd01.prod.outlook.com</p>
<p>sales-all@contoso.com<br>
Remote Server returned '550 5.7.124 RESOLVER.RST.RestrictedToGroupPermission; Sender not in allowed-senders list &lt;script&gt;alert(4)&lt;/script&gt;'</p>
</body></html>`;

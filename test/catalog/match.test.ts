/** The match rules, evaluated against hand-built facts. */
import {
  CONDITION_SCORE,
  MatchContext,
  containsToken,
  evaluateRule,
  humanPart,
  recipientIsGroup,
  senderOutsideRecipientDomain,
  statusPatternScore,
} from '../../src/ndr/catalog/match';
import { bounceFacts, failure, oneFailure } from './facts';

describe('statusPatternScore', () => {
  it('scores exact > range > one wildcard > two wildcards', () => {
    expect(statusPatternScore('5.7.124', '5.7.124')).toBe(CONDITION_SCORE.statusExact);
    expect(statusPatternScore('5.7.606-5.7.649', '5.7.606')).toBe(CONDITION_SCORE.statusRange);
    expect(statusPatternScore('5.7.606-5.7.649', '5.7.649')).toBe(CONDITION_SCORE.statusRange);
    expect(statusPatternScore('5.7.*', '5.7.987')).toBe(CONDITION_SCORE.statusOneWildcard);
    expect(statusPatternScore('4.*.*', '4.4.7')).toBe(CONDITION_SCORE.statusTwoWildcards);
    expect(CONDITION_SCORE.statusExact).toBeGreaterThan(CONDITION_SCORE.statusRange);
    expect(CONDITION_SCORE.statusRange).toBeGreaterThan(CONDITION_SCORE.statusOneWildcard);
  });

  it('does not match neighbours', () => {
    expect(statusPatternScore('5.7.1', '5.7.12')).toBe(0);
    expect(statusPatternScore('5.7.12', '5.7.124')).toBe(0);
    expect(statusPatternScore('5.7.606-5.7.649', '5.7.650')).toBe(0);
    expect(statusPatternScore('5.7.606-5.7.649', '4.7.606')).toBe(0);
    expect(statusPatternScore('5.7.*', '4.7.1')).toBe(0);
    expect(statusPatternScore('5.7.1', 'garbage')).toBe(0);
  });
});

describe('containsToken', () => {
  it('matches whole identifiers only', () => {
    expect(containsToken('550 5.7.1 resolver.rst.notauthorized; not authorized', 'resolver.rst.notauthorized', false)).toBe(true);
    expect(containsToken('550 5.7.1 resolver.rst.notauthorizedtogroup;', 'resolver.rst.notauthorized', false)).toBe(false);
    expect(containsToken('x resolver.rst.notauthorized.', 'resolver.rst.notauthorized', false)).toBe(true);
    expect(containsToken('transport.rules.rejectmessage;', 'transport.rules.', true)).toBe(true);
  });
});

describe('evaluateRule', () => {
  it('needs every condition, any value within one', () => {
    const facts = oneFailure('5.7.1', '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]', {}, {
      markers: ['Stage: CreateMessage'],
    });
    const context = new MatchContext(facts);
    const both = evaluateRule({ identifier: ['RESOLVER.RST.AuthRequired'], marker: ['Stage: CreateMessage'] }, facts.failures[0], context);
    expect(both?.score).toBe(CONDITION_SCORE.identifier + CONDITION_SCORE.marker);
    expect(both?.evidence).toEqual(['identifier RESOLVER.RST.AuthRequired', 'marker Stage: CreateMessage']);
    expect(evaluateRule({ identifier: ['RESOLVER.RST.AuthRequired'], marker: ['S3150'] }, facts.failures[0], context)).toBeUndefined();
  });

  it('finds the identifier in the reply when the parser did not set it', () => {
    const facts = bounceFacts({ failures: [failure({ status: '5.7.1', reply: '550 5.7.1 TRANSPORT.RULES.RejectMessage; go away' })] });
    const result = evaluateRule({ identifier: ['TRANSPORT.RULES.RejectMessage'] }, facts.failures[0], new MatchContext(facts));
    expect(result?.evidence).toEqual(['identifier TRANSPORT.RULES.RejectMessage']);
  });

  it('looks for phrases case-insensitively, and honours unless', () => {
    const facts = oneFailure('5.7.1', '550 5.7.1 Unable to relay for x@contoso.com');
    const context = new MatchContext(facts);
    expect(evaluateRule({ phrase: ['UNABLE TO RELAY'] }, facts.failures[0], context)?.evidence).toEqual(['phrase "UNABLE TO RELAY"']);
    expect(evaluateRule({ phrase: ['unable to relay'], unless: ['for x@'] }, facts.failures[0], context)).toBeUndefined();
  });

  it('applies boost', () => {
    const facts = oneFailure('5.7.511', '550 5.7.511 Access denied, banned sender[192.0.2.1]');
    expect(evaluateRule({ status: ['5.7.511'], boost: 20 }, facts.failures[0], new MatchContext(facts))?.score).toBe(
      CONDITION_SCORE.statusExact + 20,
    );
  });

  it('does not look for phrases in the returned original message', () => {
    const text = 'Delivery has failed.\nRemote Server returned 550 5.7.1\nOriginal message headers:\nAuthentication-Results: dmarc=pass; moderation';
    const facts = bounceFacts({ failures: [failure({ status: '5.7.1' })], text });
    const context = new MatchContext(facts);
    expect(evaluateRule({ phrase: ['moderation'] }, facts.failures[0], context)).toBeUndefined();
    expect(humanPart(text)).not.toContain('dmarc');
  });

  it('tells a remote server’s refusal from the bounce writer’s own', () => {
    const remote = bounceFacts({
      failures: [failure({ status: '5.7.1', remoteServer: 'mx.fabrikam.com', generatingServer: 'AM0PR01MB1234.eurprd01.prod.outlook.com' })],
    });
    const own = bounceFacts({ failures: [failure({ status: '5.7.1', generatingServer: 'AM0PR01MB1234.eurprd01.prod.outlook.com' })] });
    expect(evaluateRule({ rejectedByRemoteServer: true }, remote.failures[0], new MatchContext(remote))?.evidence).toEqual([
      'refused by another mail server',
    ]);
    expect(evaluateRule({ rejectedByRemoteServer: true }, own.failures[0], new MatchContext(own))).toBeUndefined();
  });

  it('tells a sender from another domain from one in the recipient’s own organization', () => {
    const rule = { senderOutsideRecipientDomain: false };
    const outsider = bounceFacts({ originalSender: 'jan@fabrikam.com', failures: [failure({ address: 'sales@contoso.com' })] });
    const colleague = bounceFacts({ originalSender: 'lisa@eu.contoso.com', failures: [failure({ address: 'sales@contoso.com' })] });
    const unknown = bounceFacts({ failures: [failure({ address: 'sales@contoso.com' })] });
    delete unknown.originalSender;
    expect(senderOutsideRecipientDomain(outsider.failures[0], outsider)).toBe(true);
    expect(senderOutsideRecipientDomain(colleague.failures[0], colleague)).toBe(false);
    expect(senderOutsideRecipientDomain(unknown.failures[0], unknown)).toBeUndefined();
    expect(evaluateRule(rule, outsider.failures[0], new MatchContext(outsider))).toBeUndefined();
    expect(evaluateRule(rule, colleague.failures[0], new MatchContext(colleague))).toEqual({ score: 0, evidence: [] });
    expect(evaluateRule(rule, unknown.failures[0], new MatchContext(unknown))).toEqual({ score: 0, evidence: [] });
    expect(evaluateRule({ senderOutsideRecipientDomain: true }, outsider.failures[0], new MatchContext(outsider))?.evidence).toEqual([
      'sender from another domain',
    ]);
  });

  it('tells a recipient with a status code from one without', () => {
    const coded = bounceFacts({ failures: [failure({ status: '5.0.0', reply: '550 User unknown' })] });
    const bare = bounceFacts({ failures: [failure({ reply: '550 User unknown' })] });
    const rule = { statusKnown: false, replyPhrase: ['user unknown'] };
    expect(evaluateRule(rule, coded.failures[0], new MatchContext(coded))).toBeUndefined();
    expect(evaluateRule(rule, bare.failures[0], new MatchContext(bare))?.evidence).toEqual(['phrase "user unknown"']);
  });

  it('an empty rule always holds, with score 0', () => {
    const facts = bounceFacts();
    expect(evaluateRule({}, undefined, new MatchContext(facts))).toEqual({ score: 0, evidence: [] });
  });
});

describe('recipientIsGroup', () => {
  it('is true when the bounce names the recipient as a restricted group', () => {
    const facts = bounceFacts({
      failures: [failure({ address: 'sales-all@contoso.com' }), failure({ address: 'piet@contoso.com' })],
      restrictedGroups: [{ name: 'Sales All', address: 'sales-all@contoso.com' }],
    });
    expect(recipientIsGroup(facts.failures[0], facts)).toBe(true);
    expect(recipientIsGroup(facts.failures[1], facts)).toBe(false);
  });

  it('is true for identifiers Exchange only uses for groups, and for replies that say group', () => {
    const byIdentifier = bounceFacts({ failures: [failure({ identifier: 'RESOLVER.RST.RestrictedToGroupPermission' })] });
    expect(recipientIsGroup(byIdentifier.failures[0], byIdentifier)).toBe(true);
    const byReply = bounceFacts({ failures: [failure({ reply: 'delivery to this group is restricted' })] });
    expect(recipientIsGroup(byReply.failures[0], byReply)).toBe(true);
  });

  it('does not trust the heading “recipients or groups”', () => {
    const facts = bounceFacts({
      failures: [failure({ address: 'jan@contoso.com', reply: '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required' })],
      text: 'Delivery has failed to these recipients or groups:',
    });
    expect(recipientIsGroup(facts.failures[0], facts)).toBe(false);
  });
});

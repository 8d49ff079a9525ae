/** Hand-built facts for catalog unit tests: no parser involved. */
import type { BounceFacts, FailedRecipient } from '../../src/ndr/types';

export function failure(overrides: Partial<FailedRecipient> = {}): FailedRecipient {
  return { address: 'sales-all@contoso.com', ...overrides };
}

export function bounceFacts(overrides: Partial<BounceFacts> = {}): BounceFacts {
  return {
    isBounce: true,
    bounceConfidence: 0.9,
    language: 'en',
    failures: [],
    restrictedGroups: [],
    markers: [],
    links: [],
    text: '',
    originalSender: 'jan@fabrikam.com',
    structure: {
      hasReportContentType: true,
      hasDeliveryStatus: true,
      hasOriginalMessage: true,
      isExchangeNdr: true,
      fromSystemSender: true,
      autoSubmitted: true,
      forwarded: false,
    },
    ...overrides,
  };
}

/** One failed recipient with a status, reply and identifier, as the parser would give them. */
export function oneFailure(
  status: string | undefined,
  reply: string,
  more: Partial<FailedRecipient> = {},
  factsOverrides: Partial<BounceFacts> = {},
): BounceFacts {
  const smtp = /^(\d{3})\b/.exec(reply)?.[1];
  const identifier = /\b((?:RESOLVER|TRANSPORT)\.[A-Z]+\.[A-Za-z]+|UnifiedGroupAgent|SenderFilterAgent|TenantAttribution)\b/.exec(reply)?.[1];
  return bounceFacts({
    failures: [
      failure({
        ...(status ? { status } : {}),
        ...(smtp ? { smtpCode: smtp } : {}),
        ...(identifier ? { identifier } : {}),
        reply,
        ...more,
      }),
    ],
    text: reply,
    ...factsOverrides,
  });
}

/**
 * Test setup for every suite: jest-dom's matchers (`toBeInTheDocument`, …),
 * and, in suites that run in jsdom, the few web APIs jsdom lacks and the
 * engine or Fluent UI use. Node suites are left as they are.
 */
import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';

if (typeof window !== 'undefined') {
  const globals = globalThis as Record<string, unknown>;
  // The engine decodes bytes with TextDecoder (src/ndr/parse/text.ts); jsdom has none.
  globals['TextDecoder'] ??= TextDecoder;
  globals['TextEncoder'] ??= TextEncoder;
}

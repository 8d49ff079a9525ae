/**
 * The one promise helper: Office's AsyncResult in, a value or Office's own error out.
 */
import { OfficeCallError, officeAsync, officeSync, toHostError } from '../../src/office/office-async';
import { useFakeOffice } from './fixtures';

const fakeOffice = useFakeOffice();

beforeEach(() => {
  fakeOffice({}); // Office.AsyncResultStatus is read from the global, as in Outlook.
});

function result<T>(status: 'succeeded' | 'failed', value: T, error?: Office.Error): Office.AsyncResult<T> {
  return { status, value, error, asyncContext: undefined, diagnostics: undefined } as unknown as Office.AsyncResult<T>;
}

describe('officeAsync', () => {
  it('resolves with the value of a succeeded call', async () => {
    await expect(officeAsync<string>((done) => setTimeout(() => done(result('succeeded', 'headers'))))).resolves.toBe('headers');
  });

  it('rejects with an OfficeCallError carrying Office\'s code, name and message', async () => {
    const error: unknown = await officeAsync<string>(
      (done) => setTimeout(() => done(result('failed', '', { code: 9017, name: 'AccessRestricted', message: 'Access to this item is restricted.' }))),
      { call: 'getAllInternetHeadersAsync' },
    ).catch((rejection: unknown) => rejection);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect(error).toMatchObject({ code: 9017, name: 'AccessRestricted', message: 'Access to this item is restricted.', call: 'getAllInternetHeadersAsync' });
    expect((error as OfficeCallError).hostError).toEqual({ code: 9017, name: 'AccessRestricted', message: 'Access to this item is restricted.' });
  });

  it('rejects when the Office method throws instead of calling back', async () => {
    await expect(
      officeAsync<void>(() => {
        throw Object.assign(new Error('The subject is too long.'), { name: 'Sys.ArgumentException', code: 5004 });
      }),
    ).rejects.toMatchObject({ code: 5004, name: 'Sys.ArgumentException', message: 'The subject is too long.' });
  });

  it('rejects with code "timeout" when Office never calls back, and ignores a late answer', async () => {
    let late: ((value: Office.AsyncResult<string>) => void) | undefined;
    const pending = officeAsync<string>((done) => (late = done), { call: 'body.getAsync', timeoutMs: 20 });
    await expect(pending).rejects.toMatchObject({ code: 'timeout', name: 'Timeout' });
    expect(() => late?.(result('succeeded', 'too late'))).not.toThrow();
  });

  it('still says something when Office fails without an error object', async () => {
    await expect(officeAsync<string>((done) => done(result('failed', '')))).rejects.toMatchObject({ code: 'exception', message: 'Office failed without saying why.' });
  });
});

describe('officeSync and toHostError', () => {
  it('turns a throw into an OfficeCallError', () => {
    expect(() =>
      officeSync(() => {
        throw { code: 7000, name: 'Permission Denied', message: 'Not allowed.' };
      }, 'displayNewMessageForm'),
    ).toThrow(OfficeCallError);
  });

  it('keeps string codes and fills in what is missing', () => {
    expect(toHostError({ code: 'x', name: 'N', message: 'M' })).toEqual({ code: 'x', name: 'N', message: 'M' });
    expect(toHostError(new TypeError('boom'))).toEqual({ code: 'exception', name: 'TypeError', message: 'boom' });
    expect(toHostError('text')).toEqual({ code: 'exception', name: 'Error', message: 'text' });
  });
});

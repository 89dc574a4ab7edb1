import { ApiError, errorFromResponse, errorFromThrown } from './errors';

describe('errorFromResponse', () => {
  it('uses the message of a KnownExceptionInfo body and keeps the class as detail', () => {
    const error = errorFromResponse('/v1/sources/get', 404, { message: 'Could not find source abc', exceptionClassName: 'ConfigNotFoundException' });
    expect(error.kind).toBe('http');
    expect(error.message).toBe('Could not find source abc');
    expect(error.details).toContain('ConfigNotFoundException');
    expect(error.retryable).toBe(false);
  });

  it('turns InvalidInputExceptionInfo into field errors', () => {
    const error = errorFromResponse('/v1/sources/create', 422, {
      message: 'Some properties contained invalid input.',
      validationErrors: [{ propertyPath: 'name', message: 'must not be blank', invalidValue: '' }],
    });
    expect(error.kind).toBe('validation');
    expect(error.fieldErrors).toEqual([{ path: 'name', message: 'must not be blank', invalidValue: '' }]);
  });

  it('falls back to a plain-language status text when the body is not JSON', () => {
    const error = errorFromResponse('/v1/jobs/list', 503, 'Service Unavailable');
    expect(error.message).toMatch(/unavailable/i);
    expect(error.message).toContain('503');
    expect(error.retryable).toBe(true);
  });
});

describe('errorFromThrown', () => {
  it('recognises timeouts, aborts, bad JSON and network failures', () => {
    expect(errorFromThrown('/v1/x', Object.assign(new Error('t'), { name: 'TimeoutError' })).kind).toBe('timeout');
    expect(errorFromThrown('/v1/x', Object.assign(new Error('a'), { name: 'AbortError' })).kind).toBe('aborted');
    expect(errorFromThrown('/v1/x', new SyntaxError('Unexpected token <')).kind).toBe('malformed');
    const network = errorFromThrown('/v1/x', new TypeError('Failed to fetch'));
    expect(network.kind).toBe('network');
    expect(network.message).toMatch(/could not reach the server/i);
  });

  it('passes ApiErrors through untouched', () => {
    const original = new ApiError({ kind: 'http', endpoint: '/v1/x', message: 'boom', status: 500 });
    expect(errorFromThrown('/v1/y', original)).toBe(original);
  });
});

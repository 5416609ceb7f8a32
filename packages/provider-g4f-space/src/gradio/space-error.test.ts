import { RateLimitError, ResponseError, ResponseStatusError } from '@g4f-kit/core';
import { describe, expect, it } from 'vitest';
import { cleanSpaceMessage, isGpuQuotaMessage, refineSpaceError, spaceFailure } from './space-error.js';

const QUOTA =
  'You have exceeded your GPU quota (60s requested vs. 56s left). <a href="https://huggingface.co/join">Create a free account</a> to get more. Try again in 0:01:30';

describe('space errors', () => {
  it('cuts a message before its HTML tail', () => {
    expect(cleanSpaceMessage(QUOTA)).toBe('You have exceeded your GPU quota (60s requested vs. 56s left).');
  });

  it('recognises the ZeroGPU quota in the message or the title', () => {
    expect(isGpuQuotaMessage(QUOTA)).toBe(true);
    expect(isGpuQuotaMessage('ZeroGPU quota exceeded')).toBe(true);
    expect(isGpuQuotaMessage('CUDA out of memory')).toBe(false);
    const byTitle = spaceFailure(null, { title: 'ZeroGPU quota exceeded' });
    expect(RateLimitError.isInstance(byTitle)).toBe(true);
  });

  it('makes a quota failure a retryable RateLimitError with Retry-After from the text', () => {
    const error = spaceFailure(QUOTA, { operation: 'FluxDev queue' }) as RateLimitError;
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect(error.isRetryable).toBe(true);
    expect(error.retryAfterMs).toBe(90_000);
    expect(error.message).toBe('FluxDev queue: You have exceeded your GPU quota (60s requested vs. 56s left).');
  });

  it('makes any other failure a ResponseError', () => {
    const error = spaceFailure('CUDA out of memory', { operation: 'Janus queue' });
    expect(ResponseError.isInstance(error) && !RateLimitError.isInstance(error)).toBe(true);
    expect(error.message).toBe('Janus queue: CUDA out of memory');
  });

  it('refines an HTTP 500 whose JSON error is the quota message', () => {
    const original = new ResponseStatusError('x', { status: 500, body: JSON.stringify({ error: QUOTA }), url: 'u' });
    const refined = refineSpaceError(original, 'G4F predict') as RateLimitError;
    expect(RateLimitError.isInstance(refined)).toBe(true);
    expect(refined.status).toBe(500);
    expect(refined.message).toBe(
      'G4F predict: HTTP 500: You have exceeded your GPU quota (60s requested vs. 56s left).',
    );
    const plain = new ResponseStatusError('HTTP 502', { status: 502, body: '<html>bad gateway</html>' });
    expect(refineSpaceError(plain)).toBe(plain);
  });
});

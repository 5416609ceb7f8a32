/** The ZeroGPU quota error, as Hugging Face words it (HTML link included). */
export const GPU_QUOTA_ERROR =
  'You have exceeded your GPU quota (60s requested vs. 56s left). <a href="https://huggingface.co/join" target="_blank" style="text-decoration: underline">Create a free account</a> to get more daily usage quota.';

export const GPU_QUOTA_TITLE = 'ZeroGPU quota exceeded';

/** Sent when `x-zerogpu-token` / `x-zerogpu-uuid` were not issued by the emulator or have expired. */
export const INVALID_ZERO_GPU_TOKEN_ERROR =
  'ZeroGPU token is invalid or expired. Reload the Space page to get a new one.';

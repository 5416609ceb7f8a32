/** The hosts the tests intercept: g4f's defaults. */
export const HF = 'https://huggingface.co';
export const FLUX_1_DEV = 'https://black-forest-labs-flux-1-dev.hf.space';
export const G4F_FLUX_DEV = 'https://roxky-flux-1-dev.hf.space';
export const JANUS = 'https://deepseek-ai-janus-pro-7b.hf.space';
export const G4F_JANUS = 'https://roxky-janus-pro-7b.hf.space';
export const G4F_FLUX_SCHNELL = 'https://roxky-g4f-flux.hf.space';

/** The token in `space-page.html` (expires in 2100) and its session uuid. */
export const PAGE_TOKEN =
  'eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJvbkJlaGFsZk9mIjoiYW5vbnltb3VzIiwic3BhY2UiOiJyb3hreS9GTFVYLjEtZGV2IiwiaWF0IjoxNzY3MjI1NjAwLCJleHAiOjQxMDI0NDQ4MDB9.c2lnbmF0dXJlLW5vdC1jaGVja2Vk';
export const PAGE_UUID = '6a0e8a3c-2b1f-4d0e-9c7a-5f3b2e1d0c9b';

/** The real hosts the emulator stands in for; each is a path prefix on the emulator. */
export const UPSTREAM_HOSTS = {
  firebaseSignUp: 'www.googleapis.com',
  firebaseRefresh: 'securetoken.googleapis.com',
  arta: 'img-gen-prod.ai-arta.com',
  huggingFace: 'huggingface.co',
} as const;

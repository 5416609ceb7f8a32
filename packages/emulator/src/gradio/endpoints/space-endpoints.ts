import type { SpaceKind } from '../../spaces/space-catalog.js';
import { fluxDevInfer } from './flux-dev-infer.js';
import type { GradioEndpoint } from './gradio-endpoint.js';
import { janusChat } from './janus-chat.js';
import { janusGenerateImage } from './janus-generate-image.js';

/** The queue functions each kind of Space serves (the g4f-flux Space has only `/run/predict`). */
export const SPACE_ENDPOINTS: Record<SpaceKind, readonly GradioEndpoint[]> = {
  'flux-dev': [fluxDevInfer],
  janus: [janusChat, janusGenerateImage],
  'g4f-flux': [],
};

import type { EmulatorConfig } from '../../config/emulator-config.js';
import type { UploadStore } from '../../files/upload-store.js';
import type { ProgressUnit } from '../gradio-messages.js';

/** What an endpoint may use to plan its output. */
export interface EndpointEnv {
  /** The Space's base URL on the emulator (for FileData urls). */
  spaceUrl: string;
  config: EmulatorConfig;
  uploads: UploadStore;
}

/** One streamed step: a `progress` message and/or a `process_generating` with these outputs. */
export interface GradioFrame {
  progress?: ProgressUnit[];
  data?: unknown[];
}

/** Everything a call will send, decided up front (it is deterministic). */
export interface GradioPlan {
  /** Streamed steps, spread evenly over the generation time; empty for a non-streaming function. */
  frames: GradioFrame[];
  /** The outputs of `process_completed`. */
  final: unknown[];
}

/** A validated call, ready to plan. */
export interface PreparedCall {
  plan(env: EndpointEnv): GradioPlan;
}

/** One function of a Space's Gradio app, addressed by `fn_index` and `trigger_id`. */
export interface GradioEndpoint {
  readonly name: string;
  readonly fnIndex: number;
  readonly triggerId: number;
  /** A prepared call, or a message saying why `data` does not fit (-> 422). */
  prepare(data: readonly unknown[]): PreparedCall | string;
}

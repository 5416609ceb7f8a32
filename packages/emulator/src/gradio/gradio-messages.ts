/** One message of the Gradio queue's SSE stream (`data: {json}`). */
export interface GradioMessage {
  msg: string;
  event_id?: string | null;
  [field: string]: unknown;
}

/** A tqdm-style progress unit, as in `progress_data`. */
export interface ProgressUnit {
  index: number;
  length: number;
  unit: string;
  progress: number | null;
  desc: string | null;
}

export function estimationMessage(
  eventId: string,
  rank: number,
  queueSize: number,
  rankEta: number | null,
): GradioMessage {
  return { msg: 'estimation', event_id: eventId, rank, queue_size: queueSize, rank_eta: rankEta };
}

export function processStartsMessage(eventId: string, eta: number | null): GradioMessage {
  return { msg: 'process_starts', event_id: eventId, eta, progress_data: null };
}

export function progressMessage(eventId: string, units: ProgressUnit[]): GradioMessage {
  return { msg: 'progress', event_id: eventId, progress_data: units };
}

export function logMessage(eventId: string, log: string, level: 'info' | 'warning' = 'info'): GradioMessage {
  return { msg: 'log', event_id: eventId, log, level, duration: null, visible: true, title: null };
}

export function heartbeatMessage(): GradioMessage {
  return { msg: 'heartbeat' };
}

function output(
  data: unknown[],
  isGenerating: boolean,
  duration: number,
  averageDuration: number,
): Record<string, unknown> {
  return {
    data,
    is_generating: isGenerating,
    duration,
    average_duration: averageDuration,
    render_config: null,
    changed_state_ids: [],
  };
}

export function processGeneratingMessage(
  eventId: string,
  data: unknown[],
  duration: number,
  averageDuration: number,
): GradioMessage {
  return {
    msg: 'process_generating',
    event_id: eventId,
    output: output(data, true, duration, averageDuration),
    success: true,
  };
}

export function processCompletedMessage(
  eventId: string,
  data: unknown[],
  duration: number,
  averageDuration: number,
): GradioMessage {
  return {
    msg: 'process_completed',
    event_id: eventId,
    output: output(data, false, duration, averageDuration),
    success: true,
    title: null,
  };
}

export function processFailedMessage(eventId: string, error: string, title = 'Error'): GradioMessage {
  return { msg: 'process_completed', event_id: eventId, output: { error }, success: false, title };
}

export function closeStreamMessage(): GradioMessage {
  return { msg: 'close_stream', event_id: null };
}

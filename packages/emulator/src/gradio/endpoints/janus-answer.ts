import { hashToInt } from '../../util/hash.js';

const REMARKS = [
  'The emulator answers deterministically, so tests can compare it word for word.',
  'Nothing here came from a real model; the text is derived from the prompt.',
  'Ask again with the same prompt and seed and you will read these exact words.',
  'This reply is streamed in several parts, the way Gradio streams a text output.',
];

/** Janus-Pro-7B's (emulated) reply: a fixed text derived from the question, seed and image name. */
export function janusAnswer(question: string, seed: number, imageName: string | undefined): string {
  const oneLine = question.replace(/\s+/g, ' ').trim();
  const quoted = oneLine.length > 200 ? `${oneLine.slice(0, 197)}...` : oneLine;
  const image = imageName ? ` The image "${imageName}" shows a test pattern.` : '';
  const remark = REMARKS[hashToInt('janus-remark', question, seed) % REMARKS.length] ?? '';
  return `Emulated Janus-Pro-7B reply to: "${quoted}".${image} ${remark}`;
}

import { z } from 'zod';

const optionalNumber = z.number().nullish();
const optionalString = z.string().nullish();

/** Every queue message: `msg` names the kind; fields depend on it. */
export const gradioMessageSchema = z.looseObject({ msg: z.string(), event_id: optionalString });

export const estimationMessageSchema = z.looseObject({
  rank: optionalNumber,
  queue_size: optionalNumber,
  rank_eta: optionalNumber,
});

export const processStartsMessageSchema = z.looseObject({ eta: optionalNumber });

export const progressMessageSchema = z.looseObject({
  progress_data: z
    .array(
      z.looseObject({
        index: optionalNumber,
        length: optionalNumber,
        unit: optionalString,
        desc: optionalString,
      }),
    )
    .nullish(),
});

export const logMessageSchema = z.looseObject({ log: z.string(), level: optionalString });

export const processGeneratingMessageSchema = z.looseObject({
  output: z.looseObject({ data: z.array(z.unknown()) }),
});

export const processCompletedMessageSchema = z.looseObject({
  success: z.boolean().nullish(),
  title: optionalString,
  output: z.looseObject({ data: z.array(z.unknown()).nullish(), error: optionalString }).nullish(),
});

export const unexpectedErrorMessageSchema = z.looseObject({ message: optionalString, title: optionalString });

/** The answer to a queue join. */
export const joinResponseSchema = z.looseObject({ event_id: z.string().min(1) });

/** The answer to an upload: the server paths of the files. */
export const uploadResponseSchema = z.array(z.string().min(1)).min(1);

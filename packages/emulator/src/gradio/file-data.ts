import { type ImageSpec, imageFileName, imageRef } from '../files/generated-image.js';
import { GRADIO_CACHE_DIR } from '../files/upload-store.js';

/** Gradio's FileData, as outputs carry it. */
export interface GradioFileData {
  path: string;
  url: string;
  size: number | null;
  orig_name: string;
  mime_type: string | null;
  is_stream: boolean;
  meta: { _type: 'gradio.FileData' };
}

/** A FileData whose `url` is `<space>/gradio_api/file=<path>`. */
export function fileData(spaceUrl: string, path: string, origName: string): GradioFileData {
  return {
    path,
    url: `${spaceUrl}/gradio_api/file=${path}`,
    size: null,
    orig_name: origName,
    mime_type: null,
    is_stream: false,
    meta: { _type: 'gradio.FileData' },
  };
}

/** The FileData of a generated image (`/tmp/gradio/<digest>/image-<w>x<h>.png`). */
export function imageFileData(spaceUrl: string, spec: ImageSpec): GradioFileData {
  const name = imageFileName(imageRef(spec));
  return fileData(spaceUrl, `${GRADIO_CACHE_DIR}/${name}`, name.slice(name.indexOf('/') + 1));
}

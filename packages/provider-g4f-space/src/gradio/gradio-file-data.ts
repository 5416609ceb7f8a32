/** Gradio's description of a file, as inputs take it and outputs carry it. */
export interface GradioFileData {
  path: string;
  url: string;
  orig_name: string | null;
  size: number | null;
  mime_type: string | null;
  meta: { _type: 'gradio.FileData' };
}

/** Where a Space serves a file by its server path: `{space}/gradio_api/file={path}`. */
export function gradioFileUrl(spaceUrl: string, path: string): string {
  return `${spaceUrl.replace(/\/+$/, '')}/gradio_api/file=${path}`;
}

/** Wraps an uploaded file's server path as the FileData an input expects. */
export function toGradioFileData(
  spaceUrl: string,
  path: string,
  file: { name: string | null; size: number; mimeType: string | null },
): GradioFileData {
  return {
    path,
    url: gradioFileUrl(spaceUrl, path),
    orig_name: file.name,
    size: file.size,
    mime_type: file.mimeType,
    meta: { _type: 'gradio.FileData' },
  };
}

/** Reads a file as UTF-8 without dropping a BOM; null when the bytes are not UTF-8. */
export async function readUtf8(file: Blob): Promise<string | null> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

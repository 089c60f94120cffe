/**
 * Reading an answer's body from an untrusted server: never more than a cap. A declared length over
 * the cap is refused before a byte is read; a body that grows past it is cut off by destroying the
 * stream (and with it the connection), so a 1 GB answer costs one buffer and not one gigabyte.
 */

export interface BodyStream extends AsyncIterable<Uint8Array> {
  destroy(error?: Error): unknown;
}

export type BodyReading = { text: string } | { tooLarge: true };

export async function readCappedBody(body: BodyStream, maxBytes: number, declaredLength?: string): Promise<BodyReading> {
  const declared = declaredLength !== undefined && /^\d{1,15}$/.test(declaredLength.trim()) ? Number(declaredLength.trim()) : undefined;
  if (declared !== undefined && declared > maxBytes) {
    body.destroy();
    return { tooLarge: true };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      body.destroy();
      return { tooLarge: true };
    }
    chunks.push(chunk);
  }
  // Malformed UTF-8 becomes U+FFFD rather than an exception: the parsers judge the text, not the bytes.
  return { text: new TextDecoder('utf-8').decode(Buffer.concat(chunks)) };
}

// Big texts between the page agent and the panel travel gzip-compressed, in base64: Chromium passes a message on
// as JSON at every hop at a cost that grows with its length (a 2,000-field form's description, 660 KB, took
// ~200 ms over the two hops; packed it is 42 KB and takes ~10 ms), and the browser's native streams compress it in
// a few milliseconds (Chromium 80+, Firefox 113+). The streams read a Response's own body, not a Blob's: a Blob
// takes the bytes through the browser process and back (a 2,000-field description compressed in 12–19 ms that way,
// in 8 ms from a Response).

const streamOf = (body: string | Uint8Array<ArrayBuffer>) =>
  new Response(body).body as ReadableStream<Uint8Array<ArrayBuffer>>;

export async function packText(text: string): Promise<string> {
  const gzipped = streamOf(text).pipeThrough(new CompressionStream('gzip'));
  const bytes = new Uint8Array(await new Response(gzipped).arrayBuffer());
  return btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
}

export async function unpackText(packed: string): Promise<string> {
  const bytes = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
  return new Response(streamOf(bytes).pipeThrough(new DecompressionStream('gzip'))).text();
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { BufferedResponse, installBufferedResponses } from '../../src/lib/buffered-response.ts';

const NativeResponse = globalThis.Response;
const page = '<!doctype html><html lang="vi"><p>Đổi mới sáng tạo – tiếng Việt</p></html>';
const pageBytes = () => new TextEncoder().encode(page);
const init = { status: 200, statusText: 'OK', headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': '80' } };

/** The same response from both classes, read the same way, must give the same result. */
async function bothWays<T>(body: () => BodyInit | null, read: (response: Response) => Promise<T> | T, responseInit: ResponseInit = init) {
  return { buffered: await read(new BufferedResponse(body(), responseInit)), native: await read(new NativeResponse(body(), responseInit)) };
}

describe('BufferedResponse: bytes handed back without a stream, as Node’s Response would', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  it('gives the same bytes, text, JSON and blob as Node’s Response', async () => {
    const bytesOf = async (response: Response) => [...new Uint8Array(await response.arrayBuffer())];
    const arrays = await bothWays(pageBytes, bytesOf);
    expect(arrays.buffered).toEqual(arrays.native);
    expect(new TextDecoder().decode(Uint8Array.from(arrays.buffered))).toBe(page);
    const texts = await bothWays(pageBytes, (response) => response.text());
    expect(texts.buffered).toBe(page);
    expect(texts.buffered).toBe(texts.native);
    const fromBytes = await bothWays(pageBytes, async (response) => [...(await response.bytes())]);
    expect(fromBytes.buffered).toEqual(fromBytes.native);
    const json = () => new TextEncoder().encode(JSON.stringify({ tiêuĐề: 'Khoa học', số: [1, 2] }));
    const parsed = await bothWays(json, (response) => response.json());
    expect(parsed.buffered).toEqual({ tiêuĐề: 'Khoa học', số: [1, 2] });
    expect(parsed.buffered).toEqual(parsed.native);
    const blobs = await bothWays(pageBytes, async (response) => {
      const blob = await response.blob();
      return [blob.type, blob.size, await blob.text()];
    });
    expect(blobs.buffered).toEqual(blobs.native);
  });

  it('takes bytes given as an ArrayBuffer or any view of one, as Node’s Response does', async () => {
    const bytesOf = async (response: Response) => [...new Uint8Array(await response.arrayBuffer())];
    // Astro wraps each rendered page again with its bytes as an ArrayBuffer (incremental builds).
    const bodies: (() => BodyInit)[] = [
      () => pageBytes().buffer,
      () => new DataView(pageBytes().buffer, 3, 20),
      () => new Uint16Array(pageBytes().buffer.slice(0, 40)),
      () => Buffer.from(page),
    ];
    for (const body of bodies) {
      const arrays = await bothWays(body, bytesOf);
      expect(arrays.buffered).toEqual(arrays.native);
      const texts = await bothWays(body, (response) => response.text());
      expect(texts.buffered).toBe(texts.native);
      // Kept as bytes, not handed to Node's Response to stream.
      const nativeRead = vi.spyOn(NativeResponse.prototype, 'arrayBuffer');
      try {
        expect(await bytesOf(new BufferedResponse(body()))).toEqual(arrays.native);
        expect(nativeRead).not.toHaveBeenCalled();
      } finally {
        nativeRead.mockRestore();
      }
    }
    const buffer = pageBytes().buffer;
    const response = new BufferedResponse(buffer);
    new Uint8Array(buffer).fill(0);
    expect(await response.text()).toBe(page);
  });

  it('decodes text as fetch does: byte order mark dropped, invalid bytes replaced', async () => {
    const odd = () => Uint8Array.from([0xef, 0xbb, 0xbf, 0x78, 0xff, 0xc3, 0x28, 0xc4, 0x91]);
    const texts = await bothWays(odd, (response) => response.text());
    expect(texts.buffered).toBe(texts.native);
    expect(texts.buffered).toBe('x\uFFFD\uFFFD(đ');
  });

  it('keeps status, headers and the copy of the bytes made at construction', async () => {
    const bytes = pageBytes();
    const response = new BufferedResponse(bytes, { status: 404, statusText: 'Not Found', headers: { 'Content-Type': 'text/html' } });
    bytes.fill(0);
    expect(response.status).toBe(404);
    expect(response.statusText).toBe('Not Found');
    expect(response.ok).toBe(false);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toBe(page);
  });

  it('reads once: a second read fails as with Node’s Response, and bodyUsed says so', async () => {
    const reads = await bothWays(pageBytes, async (response) => {
      const before = response.bodyUsed;
      await response.arrayBuffer();
      const second = await response.text().then(
        () => 'read again',
        (error: unknown) => (error instanceof TypeError ? 'TypeError' : String(error)),
      );
      const clone = (() => {
        try {
          response.clone();
          return 'cloned';
        } catch (error) {
          return error instanceof TypeError ? 'TypeError' : String(error);
        }
      })();
      return [before, response.bodyUsed, second, clone];
    });
    expect(reads.buffered).toEqual([false, true, 'TypeError', 'TypeError']);
    expect(reads.buffered).toEqual(reads.native);
  });

  it('serves the body as a stream when asked: readable once, and then not readable otherwise', async () => {
    const streamed = await bothWays(pageBytes, async (response) => {
      const body = response.body!;
      const text = await new Response(body).text();
      const again = await response.arrayBuffer().then(
        () => 'read again',
        (error: unknown) => (error instanceof TypeError ? 'TypeError' : String(error)),
      );
      return [text, response.bodyUsed, again];
    });
    expect(streamed.buffered).toEqual([page, true, 'TypeError']);
    expect(streamed.buffered).toEqual(streamed.native);
    // Asking for the stream without reading it (Astro checks that a body exists) leaves the bytes whole.
    const response = new BufferedResponse(pageBytes(), init);
    expect(response.body).toBeInstanceOf(ReadableStream);
    expect(response.body).toBe(response.body);
    expect(await response.text()).toBe(page);
  });

  it('clones into an independent response', async () => {
    const response = new BufferedResponse(pageBytes(), init);
    const clone = response.clone();
    expect(await clone.text()).toBe(page);
    expect(clone.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(page);
  });

  it('leaves every other body, and statuses without one, to Node’s Response', async () => {
    const texts = await bothWays(() => 'chuỗi ký tự', (response) => response.text());
    expect(texts.buffered).toBe('chuỗi ký tự');
    const typed = await bothWays(() => 'x', (response) => response.headers.get('content-type'), {});
    expect(typed.buffered).toBe(typed.native);
    expect(typed.buffered).toBe('text/plain;charset=UTF-8');
    const stream = () => new ReadableStream<Uint8Array>({ start: (controller) => (controller.enqueue(pageBytes()), controller.close()) });
    const streamed = await bothWays(stream, (response) => response.text());
    expect(streamed.buffered).toBe(page);
    const empty = await bothWays(() => null, async (response) => [response.body, await response.text()]);
    expect(empty.buffered).toEqual(empty.native);
    expect(() => new BufferedResponse(pageBytes(), { status: 204 })).toThrow(TypeError);
    expect(() => new NativeResponse(pageBytes(), { status: 204 })).toThrow(TypeError);
  });

  it('takes the place of the global Response until put back, and instanceof holds both ways', async () => {
    const before = new Response('trước');
    restore = installBufferedResponses();
    expect(globalThis.Response).toBe(BufferedResponse);
    const during = new Response(pageBytes(), init);
    expect(during).toBeInstanceOf(BufferedResponse);
    expect(during).toBeInstanceOf(NativeResponse);
    expect(before instanceof Response).toBe(true);
    expect(Response.json({ a: 1 }).headers.get('content-type')).toBe('application/json');
    expect(await during.text()).toBe(page);
    restore();
    restore = undefined;
    expect(globalThis.Response).toBe(NativeResponse);
    expect(during instanceof Response).toBe(true);
  });
});

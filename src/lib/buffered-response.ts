/**
 * A Response that keeps a body given as bytes (an ArrayBuffer or a view of one) as those bytes.
 * Node's Response (undici) copies such a body into a byte stream at once and, read with
 * arrayBuffer(), pulls it out of the stream and joins it again. Astro renders each page to bytes,
 * wraps them in a Response and reads them back with arrayBuffer()
 * (astro/dist/core/build/generate.js): at 10,000 articles, 12,600 pages and 312 MB,
 * 0.8–1 s of the rendering thread's time (docs/performance.md, eleventh round). Here the bytes are
 * copied once, as Node does, and handed back whole; a stream is made only if `body` is read.
 *
 * Every other body (strings, streams, forms…) and every status that takes no body go to Node's
 * Response unchanged. `installBufferedResponses` puts the class in place of the global Response while
 * pages render; `instanceof Response` holds for both kinds of response meanwhile.
 */

const NativeResponse = globalThis.Response;

/** Statuses whose responses have no body: Node's Response rejects one, and so does this. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

const unusable = () => new TypeError('Response.body is unusable: the body has already been read or is locked');

export class BufferedResponse extends NativeResponse {
  /** The body's bytes while unread; undefined when Node's Response holds the body. */
  #bytes: Uint8Array<ArrayBuffer> | undefined;
  #buffered: boolean;
  #used = false;
  #stream: ReadableStream<Uint8Array> | undefined;

  constructor(body?: BodyInit | null, init?: ResponseInit) {
    // Astro gives bytes twice per page: a Uint8Array when it renders, an ArrayBuffer when an
    // incremental build wraps the rendered response again (astro/dist/core/app/prerender.js).
    const bytes = body instanceof ArrayBuffer ? new Uint8Array(body) : ArrayBuffer.isView(body) && body.buffer instanceof ArrayBuffer ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength) : undefined;
    const buffered = bytes !== undefined && !NULL_BODY_STATUSES.has(init?.status ?? 200);
    super(buffered ? null : body, init);
    this.#buffered = buffered;
    // A copy, as Node's Response makes: the caller may reuse its array.
    if (buffered) this.#bytes = bytes.slice();
  }

  /** Both kinds answer `instanceof` for each other, as code may hold either constructor. */
  static [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof NativeResponse;
  }

  /** The unread bytes, now read; rejects as Node does once the body is read or its stream locked. */
  #take(): Uint8Array<ArrayBuffer> {
    if (this.#used || this.#stream?.locked) throw unusable();
    this.#used = true;
    const bytes = this.#bytes!;
    this.#bytes = undefined;
    return bytes;
  }

  /** Node's Response with the unread bytes, for what this class does not do itself. */
  #native(): Response {
    return new NativeResponse(this.#take(), { status: this.status, statusText: this.statusText, headers: this.headers });
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    if (!this.#buffered) return super.arrayBuffer();
    // The copy made in the constructor spans its whole buffer.
    return this.#take().buffer;
  }

  override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    if (!this.#buffered) return super.bytes();
    return this.#take();
  }

  override async text(): Promise<string> {
    if (!this.#buffered) return super.text();
    // Fetch's "UTF-8 decode": a byte order mark is dropped, invalid bytes become U+FFFD.
    return new TextDecoder().decode(this.#take());
  }

  override async json(): Promise<unknown> {
    if (!this.#buffered) return super.json();
    return JSON.parse(await this.text());
  }

  override async blob(): Promise<Blob> {
    if (!this.#buffered) return super.blob();
    return this.#native().blob();
  }

  override async formData(): Promise<FormData> {
    if (!this.#buffered) return super.formData();
    return this.#native().formData();
  }

  override clone(): Response {
    if (!this.#buffered) return super.clone();
    if (this.#used || this.#stream?.locked) throw new TypeError('Response.clone: the body has already been read');
    return new BufferedResponse(this.#bytes!, { status: this.status, statusText: this.statusText, headers: this.headers });
  }

  static {
    // Accessors over Node's: TypeScript declares them as properties, which a class body cannot override.
    const nativeBody = Object.getOwnPropertyDescriptor(NativeResponse.prototype, 'body')!.get!;
    const nativeBodyUsed = Object.getOwnPropertyDescriptor(NativeResponse.prototype, 'bodyUsed')!.get!;
    Object.defineProperties(BufferedResponse.prototype, {
      body: {
        configurable: true,
        enumerable: true,
        get(this: BufferedResponse) {
          if (!this.#buffered) return nativeBody.call(this);
          // Made when first asked for; its first read takes the bytes.
          this.#stream ??= new ReadableStream<Uint8Array>(
            {
              pull: (controller) => {
                if (this.#used) return controller.error(unusable());
                this.#used = true;
                controller.enqueue(this.#bytes!);
                this.#bytes = undefined;
                controller.close();
              },
            },
            { highWaterMark: 0 },
          );
          return this.#stream;
        },
      },
      bodyUsed: {
        configurable: true,
        enumerable: true,
        get(this: BufferedResponse) {
          return this.#buffered ? this.#used : nativeBodyUsed.call(this);
        },
      },
    });
  }
}

/** Makes BufferedResponse the global Response; the function returned puts Node's back. */
export function installBufferedResponses(): () => void {
  globalThis.Response = BufferedResponse;
  return () => {
    if (globalThis.Response === BufferedResponse) globalThis.Response = NativeResponse;
  };
}

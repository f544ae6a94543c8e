/**
 * The content loader's worker thread must give exactly what the main thread would: the same
 * frontmatter, body and word count, and the same rendered Markdown as the site's processor.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { AstroConfig } from 'astro';
import { satteri } from '@astrojs/markdown-satteri';
import { readEntrySource } from '../../src/data/entry-source.ts';
import { markdownProcessor } from '../../src/data/markdown-plugins.ts';
import { startContentWorker, workerRenderOptions, type RenderOptions } from '../../src/data/content-worker-client.ts';

const renderOptions: RenderOptions = { image: { domains: [], remotePatterns: [] }, syntaxHighlight: 'shiki', shikiConfig: { langs: [], themes: {}, theme: 'github-dark', wrap: false, transformers: [], langAlias: {} }, gfm: true, smartypants: true };
const worker = startContentWorker(renderOptions);
afterAll(() => worker.close());

const files = [
  ['/bai/a.md', '---\ntitle: "Số hóa nhà máy dệt"\npublishedAt: 2024-05-01 08:00\ntags: [Hà Nội, AI]\n---\n\n## Kết quả đạt được\n\nĐoạn *một* với [liên kết](https://most.gov.vn) và ![ảnh](./images/so-do.png).\n\n- Mục một\n- Mục hai\n\n## Kết quả đạt được\n\n```js\nconst a = 1;\n```\n'],
  // Decomposed text and a control character pasted from Word: both cleaned before parsing.
  ['/bai/b.md', '---\ntitle: "Tie\u0302\u0301ng Vie\u0323\u0302t"\n---\nTha\u0300nh co\u0302ng\u000b ro\u0323\u0302ng kha\u0306\u0301p.\n'],
  ['/bai/c.mdx', '---\ntitle: MDX\n---\n\n<Callout>Nội dung</Callout>\n'],
] as const;

describe('content worker', () => {
  it('reads and renders each file as the main thread does, many in flight', async () => {
    const main = await markdownProcessor().createRenderer(renderOptions);
    const results = await Promise.all(files.map(([filePath, contents]) => worker.read(filePath, contents, filePath.endsWith('.md'))));
    for (const [position, [filePath, contents]] of files.entries()) {
      const expected = readEntrySource(contents);
      expect(results[position]!.source).toEqual(expected);
      if (!filePath.endsWith('.md')) {
        expect(results[position]!.rendered).toBeUndefined();
        continue;
      }
      const direct = await main.render(expected.body, { frontmatter: expected.data, fileURL: new URL(`file://${filePath}`) });
      expect(results[position]!.rendered).toEqual({ html: direct.code, metadata: { ...direct.metadata, imagePaths: [...direct.metadata.localImagePaths, ...direct.metadata.remoteImagePaths] } });
    }
    expect(results[0]!.rendered!.html).toContain('id="ket-qua-dat-duoc"');
    expect(results[0]!.rendered!.metadata!.imagePaths).toEqual(['./images/so-do.png']);
    expect(results[1]!.source.data.title).toBe('Tiếng Việt');
    expect(results[1]!.source.bodyWords).toBe(4);
  });

  it('rejects a file with broken frontmatter with the parser\'s message, and goes on', async () => {
    await expect(worker.read('/bai/hong.md', '---\ntitle: "chưa đóng\n---\nThân bài.\n', true)).rejects.toThrow(/unexpected end|missed comma|unexpected/i);
    const after = await worker.read('/bai/d.md', '---\ntitle: Tiếp tục\n---\nVẫn chạy.\n', true);
    expect(after.source.data.title).toBe('Tiếp tục');
  });

  it('is used only when it would render as the site\'s configured processor does', () => {
    const config = (processor: unknown) => ({ markdown: { processor, ...renderOptions }, image: { domains: [], remotePatterns: [], service: {} } }) as unknown as AstroConfig;
    expect(workerRenderOptions(config(markdownProcessor()))).toBeDefined();
    // An integration that adds a plugin, or a plain processor without ours: the main thread renders.
    const extended = markdownProcessor();
    extended.options.hastPlugins.push(() => ({ name: 'extra' }));
    expect(workerRenderOptions(config(extended))).toBeUndefined();
    expect(workerRenderOptions(config(satteri()))).toBeUndefined();
    // Functions cannot cross to another thread.
    const withTransformer = config(markdownProcessor());
    withTransformer.markdown.shikiConfig.transformers = [{ name: 't', code: (node: unknown) => node }] as never;
    expect(workerRenderOptions(withTransformer)).toBeUndefined();
  });
});

import { expect, test } from 'vitest';
import { shownSize, withinBodyLimit } from './body-limit.ts';

const MB = 1024 * 1024;
const URL_ = 'http://cluj.localhost/admin/organisation/branding?/colour';

/** A form post as a browser sends it: urlencoded, with its length. */
function formPost(fields: Record<string, string>) {
  const body = new URLSearchParams(fields).toString();
  return new Request(URL_, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': String(Buffer.byteLength(body)),
    },
    body,
  });
}

/** The same body sent in chunks without a declared length (chunked transfer). */
function streamed(bytes: Uint8Array, type: string) {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 64 * 1024)
        controller.enqueue(bytes.subarray(at, at + 64 * 1024));
      controller.close();
    },
  });
  return new Request(URL_, {
    method: 'POST',
    headers: { 'content-type': type },
    body,
    duplex: 'half',
  } as RequestInit);
}

test('a 2 MB urlencoded form is refused, declared or streamed; so is a 2 MB JSON body', async () => {
  const big = formPost({ accentColour: 'x'.repeat(2 * MB) });
  expect(big.headers.get('content-length')).toBe(String(2 * MB + 'accentColour='.length));
  expect(await withinBodyLimit(big, MB)).toBeNull();
  const bytes = new TextEncoder().encode(`accentColour=${'x'.repeat(2 * MB)}`);
  expect(
    await withinBodyLimit(streamed(bytes, 'application/x-www-form-urlencoded'), MB),
  ).toBeNull();
  const json = new Request(URL_, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: 'x'.repeat(2 * MB) }),
  });
  expect(await withinBodyLimit(json, MB)).toBeNull();
});

test('a form within the limit reaches the route whole, declared or streamed', async () => {
  const fields = { title: 'Sală de lectură în Mănăștur — „ideea” #1', body: 'ț'.repeat(100_000) };
  const passed = await withinBodyLimit(formPost(fields), MB);
  expect(Object.fromEntries(await passed!.formData())).toEqual(fields);
  const bytes = new TextEncoder().encode(new URLSearchParams(fields).toString());
  const again = await withinBodyLimit(streamed(bytes, 'application/x-www-form-urlencoded'), MB);
  expect(again!.headers.get('content-length')).toBe(String(bytes.length));
  expect(Object.fromEntries(await again!.formData())).toEqual(fields);
});

test('an upload within the files limit passes untouched: multipart keeps the server’s 25 MB', async () => {
  const form = new FormData();
  form.set('caption', 'Planul etajului');
  form.set('files', new File([new Uint8Array(3 * MB).fill(7)], 'plan.pdf'));
  const upload = new Request(URL_, { method: 'POST', body: form });
  expect(await withinBodyLimit(upload, MB)).toBe(upload);
  const file = (await upload.formData()).get('files') as File;
  expect(file.size).toBe(3 * MB);
});

test('requests without a body pass; the page names the limit as people read sizes', async () => {
  const get = new Request(URL_);
  expect(await withinBodyLimit(get, MB)).toBe(get);
  expect(shownSize(MB)).toBe('1 MB');
  expect(shownSize(512 * 1024)).toBe('512 KB');
  expect(shownSize(1.5 * MB)).toBe('1.5 MB');
});

import { expect, test } from 'vitest';
import { readFieldsSnapshot } from '@/utils/messaging/agent';
import { packText, unpackText } from '@/utils/messaging/packed-text';

const control = (i: number) => ({
  ref: `f${i}`,
  kind: 'text',
  hints: { label: `Показатель учёта ${i}`, section: 'Показатели учёта', name: `x${i}`, id: `x${i}` },
  options: [],
});

test('a big description crosses packed to a small fraction of its length and comes back the same', async () => {
  const snapshot = {
    url: 'https://mais.example/',
    controls: Array.from({ length: 2000 }, (_, i) => control(i)),
  };
  const text = JSON.stringify({ ...snapshot, groups: [], blocks: [], sandboxedFrames: 0 });
  const packed = await packText(text);
  expect(packed).toMatch(/^[A-Za-z0-9+/]+=*$/); // base64: nothing a message hop has to escape
  expect(packed.length).toBeLessThan(text.length / 5);
  expect(await unpackText(packed)).toBe(text);
  expect((await readFieldsSnapshot(packed)).controls[1999].hints.label).toBe('Показатель учёта 1999');
});

test('anything but a packed description is refused with a message, not read', async () => {
  await expect(readFieldsSnapshot(await packText('{"controls":"нет"}'))).rejects.toThrow(
    'Описание полей страницы не распознано',
  );
  await expect(readFieldsSnapshot({ controls: [] })).rejects.toThrow('Описание полей страницы не распознано');
  // The wire leaves empty lists out, so a description may lack them; a list itself is not a description.
  await expect(readFieldsSnapshot(await packText('[]'))).rejects.toThrow(
    'Описание полей страницы не распознано',
  );
  await expect(readFieldsSnapshot(await packText('{"sandboxedFrames":0}'))).resolves.toMatchObject({
    controls: [],
    blocks: [],
  });
  await expect(readFieldsSnapshot('не base64')).rejects.toThrow();
});

test('bytes that are not gzip are refused, not waited on forever', async () => {
  await expect(unpackText(btoa('plain text'))).rejects.toThrow();
  const packed = await packText('{"controls":[]}');
  await expect(unpackText(packed.slice(0, 12))).rejects.toThrow(); // cut short on the way
});

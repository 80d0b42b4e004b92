import { DEFAULT_PACK, instructionsText, parsePack } from '@/utils/content-pack';
import { contentPackSchema, STEP_IDS } from '@/utils/content-pack/schema';

const allText = () => JSON.stringify(DEFAULT_PACK);

describe('DEFAULT_PACK', () => {
  test('is valid against the schema', () => {
    const result = contentPackSchema.safeParse(DEFAULT_PACK);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  test('has the memo structure: 5 steps in order, 8 advantages, 5 connection steps, 3 conditions', () => {
    expect(DEFAULT_PACK.steps.map((s) => s.id)).toEqual([...STEP_IDS]);
    expect(DEFAULT_PACK.steps.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5*']);
    expect(DEFAULT_PACK.advantages).toHaveLength(8);
    expect(DEFAULT_PACK.connectSteps).toHaveLength(5);
    expect(DEFAULT_PACK.maisConditions).toHaveLength(3);
  });

  test('contains the memo key phrases', () => {
    const text = allText();
    for (const phrase of [
      'karta.nso.ru',
      '«Мир»',
      'Госуслуг',
      '110',
      'RuStore',
      'Google Play',
      'App Store',
      '«Пенсионерам и льготникам»',
      'лифлет',
      'лифлет формата А5',
      '«Инструкция по работе в МАИС НСО»',
      'Межведомственную автоматизированную информационную систему',
      'скидка в 1 рубль',
      '«История услуг»',
    ]) {
      expect(text, phrase).toContain(phrase);
    }
    expect(DEFAULT_PACK.service.siteUrl).toBe('https://karta.nso.ru');
    expect(DEFAULT_PACK.service.hotline).toBe('110');
  });
});

describe('parsePack', () => {
  test('accepts a valid pack (object or JSON text) and returns its data', () => {
    const custom = { ...DEFAULT_PACK, hotlineText: 'Звоните 110.' };
    expect(parsePack(custom)).toEqual({ pack: custom, error: null });
    expect(parsePack(JSON.stringify(custom)).pack.hotlineText).toBe('Звоните 110.');
  });

  test.each([
    ['null', null, '(весь пакет)'],
    ['a number', 42, '(весь пакет)'],
    [
      'empty advantage title',
      { ...DEFAULT_PACK, advantages: [{ title: ' ', text: 'x' }] },
      'advantages[0].title',
    ],
    ['two conditions', { ...DEFAULT_PACK, maisConditions: ['a', 'b'] }, 'maisConditions'],
    ['bad url', { ...DEFAULT_PACK, service: { ...DEFAULT_PACK.service, siteUrl: 'нет' } }, 'service.siteUrl'],
    ['steps reordered', { ...DEFAULT_PACK, steps: [...DEFAULT_PACK.steps].reverse() }, 'steps'],
  ])('falls back to the default pack on %s and names the path', (_name, raw, path) => {
    const { pack, error } = parsePack(raw);
    expect(pack).toBe(DEFAULT_PACK);
    expect(error).toContain(`«${path}»`);
    expect(error).toMatch(/[а-яё]/i);
    expect(error).toContain('по умолчанию');
  });

  test('reports broken JSON in Russian without throwing', () => {
    const { pack, error } = parsePack('{"version": 1,');
    expect(pack).toBe(DEFAULT_PACK);
    expect(error).toMatch(/JSON/);
  });

  test('zod messages are Russian', () => {
    const { error } = parsePack({ ...DEFAULT_PACK, script: 'текст' });
    expect(error).toContain('«script»');
    expect(error).not.toMatch(/expected|Invalid/);
  });
});

describe('instructionsText', () => {
  test('numbers the five steps and names site, stores and hotline', () => {
    const text = instructionsText(DEFAULT_PACK);
    const lines = text.split('\n');
    expect(lines[0]).toBe(DEFAULT_PACK.instructionsTitle);
    for (const [i, step] of DEFAULT_PACK.connectSteps.entries()) {
      expect(lines).toContain(`${i + 1}. ${step}`);
    }
    expect(text).toContain('https://karta.nso.ru');
    expect(text).toContain('RuStore, Google Play, App Store');
    expect(text).toContain('110');
    expect(text).not.toMatch(/<|>/);
  });

  test('follows the pack it is given', () => {
    const text = instructionsText({ ...DEFAULT_PACK, connectSteps: ['Шаг А', 'Шаг Б'] });
    expect(text).toContain('1. Шаг А\n2. Шаг Б');
    expect(text).not.toContain('3.');
  });
});

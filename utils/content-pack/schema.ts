import { z } from 'zod';
import { ELIGIBILITY_ADVICE } from '../checklist/eligibility-advice';
import { FOR_CITIZEN } from './for-citizen';
import { STEP_IDS } from './steps';

// The memo as data. The UI reads only this pack, so an administrator can replace it without code changes.
const text = z.string().trim().min(1, 'Пустой текст');

export { STEP_IDS, type StepId } from './steps';

export const stepSchema = z.object({
  id: z.enum(STEP_IDS),
  /** Memo item number as printed: «1», «2», … «5*». */
  number: text,
  /** Short title for the steps list, e.g. «Предложить Социальный проездной». */
  title: text,
  /** When the step applies, in the memo's words («Если льготник заинтересован, но …»). */
  when: text,
  /** What the clerk does, in the memo's words, in order. */
  actions: z.array(text).min(1),
  /**
   * The step's key sentences, said aloud first (at most three), each a sentence of the pack's own texts (script,
   * advantages, hotline, refusal) so the panel can leave it out of what follows under «Подробнее».
   */
  lead: z.array(text).max(3).default([]),
});

export const advantageSchema = z.object({ title: text, text: text });

// No `version` field: a stored pack is versioned by its storage item, an exported file by its envelope
// (utils/settings/files.ts). A `version` key in an older pack is ignored.
export const contentPackSchema = z.object({
  /** «Карта жителя НСО» service facts. */
  service: z.object({
    name: text,
    site: text, // karta.nso.ru
    siteUrl: z.string().url(),
    stores: z.array(text).min(1), // RuStore, Google Play, App Store
    hotline: text, // 110
    appName: text,
  }),
  steps: z
    .array(stepSchema)
    .length(STEP_IDS.length)
    .refine((steps) => steps.every((step, i) => step.id === STEP_IDS[i]), {
      message: `Шаги должны идти в порядке памятки: ${STEP_IDS.join(', ')}`,
    }),
  /** Step 1 spoken script, paragraphs to say aloud, memo wording kept. */
  script: z.array(text).min(1),
  /** Step 1 reminder to point at the A3 poster. */
  posterReminder: text,
  /** Step 2: the eight advantages of the A5 leaflet (лифлет). */
  advantages: z.array(advantageSchema).min(1),
  /** Heading of the copyable instruction for the citizen. */
  instructionsTitle: text,
  /** Step 2: «Для подключения сервиса вам необходимо:». */
  connectIntro: text,
  /** Step 2: the five connection steps of the leaflet. */
  connectSteps: z.array(text).min(1),
  /** «Если у вас возникнут вопросы … 110». */
  hotlineText: text,
  /** Step 3: what to hand over. */
  leafletText: text,
  /** Step 4: what to do on refusal. */
  refusalText: text,
  /** Step 5: the three conditions, in the memo's order, and the МАИС instruction. */
  maisConditions: z.array(text).length(3),
  maisInstruction: text,
  /** Step 5: what to do instead when a condition does not hold (registered / has a category / not shown). */
  maisAdvice: z
    .object({ registeredInKarta: text, hasBenefitCategory: text, categoryNotShown: text })
    .default(ELIGIBILITY_ADVICE),
  /** What the citizen reads besides the memo's texts: the citizen's screen, the printed leaflet, the QR caption. */
  forCitizen: z
    .object({ scanHint: text, appLabel: text, signIn: text, advantagesTitle: text })
    .default(FOR_CITIZEN),
});

export type ContentPack = z.infer<typeof contentPackSchema>;
export type PackStep = z.infer<typeof stepSchema>;

import type { ContentPack } from './schema';

/**
 * Plain text a clerk pastes into a message to the citizen: title, the numbered connection steps, site, stores,
 * hotline. Zod-free so the panel can build it from the plain pack the background sends.
 */
export function instructionsText(pack: ContentPack): string {
  const { service } = pack;
  const lines = [
    pack.instructionsTitle,
    '',
    pack.connectIntro,
    ...pack.connectSteps.map((step, i) => `${i + 1}. ${step}`),
    '',
    `Сайт: ${service.siteUrl}`,
    `Приложение «${service.appName}»: ${service.stores.join(', ')}`,
    `Горячая линия: ${service.hotline}`,
    pack.hotlineText,
  ];
  return lines.join('\n');
}
